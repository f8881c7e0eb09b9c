namespace Kinlink.Data.Access;

/// <summary>The actions the audit trail records; kept in one place so the UI can filter on them.</summary>
public static class AuditActions
{
    public const string PersonSearch = "person.search";
    public const string PersonRead = "person.read";
    public const string PersonCreate = "person.create";
    public const string PersonUpdate = "person.update";
    public const string PersonEvent = "person.event";
    public const string HealthWorklist = "person.health-worklist";
    public const string PersonsExport = "persons.export";
    public const string ListImport = "list.import";
    public const string PlaceRead = "place.read";
    public const string AuditRead = "audit.read";
    public const string TokenCreate = "token.create";
    public const string TokenRevoke = "token.revoke";
    public const string AccountDisable = "account.disable";
    public const string AccountEnable = "account.enable";
    public const string AccountRoleChange = "account.role";
    public const string AccountTwoFactorReset = "account.2fa-reset";

    public const string TransmissionFeed = "transmission.feed";
    public const string TransmissionAcknowledge = "transmission.acknowledge";
    public const string TransmissionOverview = "transmission.overview";

    public const string DuplicatesScan = "duplicates.scan";
    public const string DuplicatesList = "duplicates.list";
    public const string DuplicateRead = "duplicates.read";
    public const string DuplicateDismiss = "duplicates.dismiss";
    public const string PersonMerge = "person.merge";
    public const string PersonSplit = "person.split";

    public const string EnquiryCreate = "enquiry.create";
    public const string EnquiryRead = "enquiry.read";
    public const string EnquiryList = "enquiry.list";
    public const string EnquiryStatusChange = "enquiry.status";
    public const string EnquiryConsent = "enquiry.consent";
    public const string EnquiryContact = "enquiry.contact";
    public const string EnquiryLetter = "enquiry.letter";

    public const string EnquiryCandidatesList = "enquiry.candidates-list";
    public const string EnquiryCandidateRead = "enquiry.candidate-read";
    public const string EnquiryCandidateConfirm = "enquiry.candidate-confirm";
    public const string EnquiryCandidateReject = "enquiry.candidate-reject";
    public const string EnquirySimilar = "enquiry.similar";
    public const string EnquiryCaseLink = "enquiry.case-link";
    public const string EnquiryCaseUnlink = "enquiry.case-unlink";
    public const string EnquiryPublicStatus = "enquiry.public-status";
    public const string EnquiryAttachmentUpload = "enquiry.attachment.upload";
    public const string EnquiryAttachmentList = "enquiry.attachment.list";
    public const string EnquiryAttachmentDownload = "enquiry.attachment.download";
    public const string EnquiryPfifExport = "enquiry.pfif.export";
    public const string EnquiryPfifImport = "enquiry.pfif.import";

    public const string VisitRequestCreate = "visit-request.create";
    public const string VisitRequestList = "visit-request.list";
    public const string VisitRequestRead = "visit-request.read";
    public const string VisitRequestAnswer = "visit-request.answer";
    public const string VisitRequestAcceptDate = "visit-request.accept-date";
    public const string VisitRequestAskAgain = "visit-request.ask-again";
    public const string VisitRequestWithdraw = "visit-request.withdraw";
    public const string VisitWorklist = "visit.worklist";
    public const string VisitCreate = "visit.create";
    public const string VisitUpdate = "visit.update";
    public const string VisitList = "visit.list";
    public const string VisitRead = "visit.read";
    public const string VisitPersonRecord = "visit.person";
    public const string VisitFindingsRead = "visit.findings-read";
    public const string VisitFindingsWrite = "visit.findings-write";
    public const string VisitResultsImport = "visit.results-import";
    public const string VisitSheet = "visit.sheet";
    public const string VisitCoverage = "visit.coverage";
    public const string VisitFollowUpCreate = "visit-follow-up.create";
    public const string VisitFollowUpUpdate = "visit-follow-up.update";
    public const string VisitFollowUpList = "visit-follow-up.list";
    public const string MessageCreate = "message.create";
    public const string MessageList = "message.list";
    public const string MessageRead = "message.read";
    public const string MessageCheck = "message.check";
    public const string MessageDeliver = "message.deliver";
    public const string MessageUndeliverable = "message.undeliverable";
    public const string MessageScanAttach = "message.scan-attach";
    public const string MessageScanRead = "message.scan-read";
    public const string ParcelCreate = "parcel.create";
    public const string ParcelCorrect = "parcel.correct";
    public const string ParcelList = "parcel.list";
    public const string ParcelRead = "parcel.read";
    public const string ParcelDeliver = "parcel.deliver";
    public const string ParcelUndeliverable = "parcel.undeliverable";
    public const string ParcelReturn = "parcel.return";
    public const string MailBatchCreate = "mail-batch.create";
    public const string MailBatchChange = "mail-batch.change";
    public const string MailBatchDispatch = "mail-batch.dispatch";
    public const string MailBatchManifest = "mail-batch.manifest";
    public const string MailReroute = "mail.reroute";
    public const string MailStop = "mail.stop";
    public const string MailSenderInformed = "mail.sender-informed";
    public const string MailLimitSet = "mail.limit-set";
    public const string MailReport = "mail.report";
    public const string MailFamilyHandIn = "mail.family-hand-in";
    public const string MailFamilyRead = "mail.family-read";
    public const string ExchangeCreate = "exchange.create";
    public const string ExchangeChange = "exchange.change";
    public const string ExchangeList = "exchange.list";
    public const string ExchangeRead = "exchange.read";
    public const string ExchangeListImport = "exchange.list-import";
    public const string ExchangeEntryAdd = "exchange.entry-add";
    public const string ExchangeResolve = "exchange.resolve";
    public const string ExchangeVerify = "exchange.verify";
    public const string ExchangeInterviewRead = "exchange.interview-read";
    public const string ExchangeExecute = "exchange.execute";
    public const string ExchangeCancel = "exchange.cancel";
    public const string MedicalCaseCreate = "medical-case.create";
    public const string MedicalCaseChange = "medical-case.change";
    public const string MedicalCaseList = "medical-case.list";
    public const string MedicalCaseRead = "medical-case.read";
    public const string DeathNotificationCreate = "death-notification.create";
    public const string DeathNotificationChange = "death-notification.change";
    public const string DeathNotificationList = "death-notification.list";
    public const string DeathNotificationRead = "death-notification.read";
    public const string DeathCertificateAttach = "death-certificate.attach";
    public const string DeathCertificateRead = "death-certificate.read";
    public const string DeathNotificationTransmit = "death-notification.transmit";
    public const string DeathNotificationAcknowledge = "death-notification.acknowledge";
    public const string EffectsPacketCreate = "effects-packet.create";
    public const string EffectsPacketHandOver = "effects-packet.hand-over";
    public const string EffectsPacketList = "effects-packet.list";
    public const string EffectsPacketRead = "effects-packet.read";
    public const string JudicialCreate = "judicial.create";
    public const string JudicialChange = "judicial.change";
    public const string JudicialList = "judicial.list";
    public const string JudicialRead = "judicial.read";
    public const string FamilyNewsList = "family-news.list";
    public const string FamilyNewsInformed = "family-news.informed";
    public const string ReportDownload = "report.download";
    public const string PartySummaryRead = "report.party-summary";

    public static IReadOnlyList<string> All { get; } =
        [PersonSearch, PersonRead, PersonCreate, PersonUpdate, PersonEvent, HealthWorklist, PersonsExport, ListImport, PlaceRead, AuditRead,
         TokenCreate, TokenRevoke, AccountDisable, AccountEnable, AccountRoleChange, AccountTwoFactorReset,
         TransmissionFeed, TransmissionAcknowledge, TransmissionOverview,
         DuplicatesScan, DuplicatesList, DuplicateRead, DuplicateDismiss, PersonMerge, PersonSplit,
         EnquiryCreate, EnquiryRead, EnquiryList,
         EnquiryStatusChange, EnquiryConsent, EnquiryContact, EnquiryLetter,
         EnquiryCandidatesList, EnquiryCandidateRead, EnquiryCandidateConfirm, EnquiryCandidateReject, EnquirySimilar, EnquiryCaseLink, EnquiryCaseUnlink,
         EnquiryPublicStatus,
         EnquiryAttachmentUpload, EnquiryAttachmentList, EnquiryAttachmentDownload, EnquiryPfifExport, EnquiryPfifImport,
         VisitRequestCreate, VisitRequestList, VisitRequestRead, VisitRequestAnswer, VisitRequestAcceptDate, VisitRequestAskAgain, VisitRequestWithdraw,
         VisitWorklist, VisitCreate, VisitUpdate, VisitList, VisitRead, VisitPersonRecord, VisitFindingsRead, VisitFindingsWrite, VisitResultsImport,
         VisitSheet, VisitCoverage, VisitFollowUpCreate, VisitFollowUpUpdate, VisitFollowUpList,
         MessageCreate, MessageList, MessageRead, MessageCheck, MessageDeliver, MessageUndeliverable, MessageScanAttach, MessageScanRead,
         ParcelCreate, ParcelCorrect, ParcelList, ParcelRead, ParcelDeliver, ParcelUndeliverable, ParcelReturn, MailBatchCreate, MailBatchChange, MailBatchDispatch, MailBatchManifest,
         MailReroute, MailStop, MailSenderInformed, MailLimitSet, MailReport, MailFamilyHandIn, MailFamilyRead,
         ExchangeCreate, ExchangeChange, ExchangeList, ExchangeRead, ExchangeListImport, ExchangeEntryAdd, ExchangeResolve, ExchangeVerify, ExchangeInterviewRead, ExchangeExecute, ExchangeCancel,
         MedicalCaseCreate, MedicalCaseChange, MedicalCaseList, MedicalCaseRead, DeathNotificationCreate, DeathNotificationChange, DeathNotificationList, DeathNotificationRead, DeathCertificateAttach, DeathCertificateRead, DeathNotificationTransmit, DeathNotificationAcknowledge,
         EffectsPacketCreate, EffectsPacketHandOver, EffectsPacketList, EffectsPacketRead, JudicialCreate, JudicialChange, JudicialList, JudicialRead, FamilyNewsList, FamilyNewsInformed, ReportDownload, PartySummaryRead];
}
