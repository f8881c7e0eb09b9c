using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kinlink.Data.Persistence;

// EF needs a converter type with a parameterless constructor per strongly typed id; they are trivial,
// so they share this file.
internal sealed class PersonIdConverter() : ValueConverter<PersonId, Guid>(id => id.Value, g => new PersonId(g));

internal sealed class PlaceIdConverter() : ValueConverter<PlaceId, Guid>(id => id.Value, g => new PlaceId(g));

internal sealed class PartyIdConverter() : ValueConverter<PartyId, Guid>(id => id.Value, g => new PartyId(g));

internal sealed class StatusEventIdConverter() : ValueConverter<StatusEventId, Guid>(id => id.Value, g => new StatusEventId(g));

internal sealed class NameFormIdConverter() : ValueConverter<NameFormId, Guid>(id => id.Value, g => new NameFormId(g));

internal sealed class SourceListIdConverter() : ValueConverter<SourceListId, Guid>(id => id.Value, g => new SourceListId(g));

internal sealed class PartialDateConverter() : ValueConverter<PartialDate, string>(d => d.ToString(), s => PartialDate.Parse(s));

internal sealed class IntermediaryReferenceConverter() : ValueConverter<IntermediaryReference, string>(r => r.Value, s => IntermediaryReference.Parse(s));

internal sealed class TransmissionIdConverter() : ValueConverter<Kinlink.Data.Transmissions.TransmissionId, Guid>(id => id.Value, g => new Kinlink.Data.Transmissions.TransmissionId(g));

internal sealed class DuplicatePairIdConverter() : ValueConverter<Kinlink.Data.Registry.Duplicates.DuplicatePairId, Guid>(id => id.Value, g => new Kinlink.Data.Registry.Duplicates.DuplicatePairId(g));

internal sealed class PersonMergeIdConverter() : ValueConverter<PersonMergeId, Guid>(id => id.Value, g => new PersonMergeId(g));

internal sealed class EnquiryIdConverter() : ValueConverter<Kinlink.Domain.Tracing.EnquiryId, Guid>(id => id.Value, g => new Kinlink.Domain.Tracing.EnquiryId(g));

internal sealed class EnquiryReferenceConverter() : ValueConverter<Kinlink.Domain.Tracing.EnquiryReference, string>(r => r.Value, s => Kinlink.Domain.Tracing.EnquiryReference.Parse(s));

internal sealed class EnquiryEventIdConverter() : ValueConverter<Kinlink.Domain.Tracing.EnquiryEventId, Guid>(id => id.Value, g => new Kinlink.Domain.Tracing.EnquiryEventId(g));

internal sealed class EnquiryContactIdConverter() : ValueConverter<Kinlink.Domain.Tracing.EnquiryContactId, Guid>(id => id.Value, g => new Kinlink.Domain.Tracing.EnquiryContactId(g));

internal sealed class EnquiryCandidateIdConverter() : ValueConverter<Kinlink.Data.Tracing.EnquiryCandidateId, Guid>(id => id.Value, g => new Kinlink.Data.Tracing.EnquiryCandidateId(g));

internal sealed class VisitRequestIdConverter() : ValueConverter<Kinlink.Domain.Visits.VisitRequestId, Guid>(id => id.Value, g => new Kinlink.Domain.Visits.VisitRequestId(g));

internal sealed class VisitRequestEventIdConverter() : ValueConverter<Kinlink.Domain.Visits.VisitRequestEventId, Guid>(id => id.Value, g => new Kinlink.Domain.Visits.VisitRequestEventId(g));

internal sealed class VisitIdConverter() : ValueConverter<Kinlink.Domain.Visits.VisitId, Guid>(id => id.Value, g => new Kinlink.Domain.Visits.VisitId(g));

internal sealed class VisitFollowUpIdConverter() : ValueConverter<Kinlink.Domain.Visits.VisitFollowUpId, Guid>(id => id.Value, g => new Kinlink.Domain.Visits.VisitFollowUpId(g));

internal sealed class MessageIdConverter() : ValueConverter<Kinlink.Domain.Mail.MessageId, Guid>(id => id.Value, g => new Kinlink.Domain.Mail.MessageId(g));

internal sealed class ParcelIdConverter() : ValueConverter<Kinlink.Domain.Mail.ParcelId, Guid>(id => id.Value, g => new Kinlink.Domain.Mail.ParcelId(g));

internal sealed class MailBatchIdConverter() : ValueConverter<Kinlink.Domain.Mail.MailBatchId, Guid>(id => id.Value, g => new Kinlink.Domain.Mail.MailBatchId(g));

internal sealed class MailEventIdConverter() : ValueConverter<Kinlink.Domain.Mail.MailEventId, Guid>(id => id.Value, g => new Kinlink.Domain.Mail.MailEventId(g));

internal sealed class ExchangeIdConverter() : ValueConverter<Kinlink.Domain.Exchanges.ExchangeId, Guid>(id => id.Value, g => new Kinlink.Domain.Exchanges.ExchangeId(g));

internal sealed class ExchangeEntryIdConverter() : ValueConverter<Kinlink.Domain.Exchanges.ExchangeEntryId, Guid>(id => id.Value, g => new Kinlink.Domain.Exchanges.ExchangeEntryId(g));

internal sealed class MedicalCaseIdConverter() : ValueConverter<Kinlink.Domain.Exchanges.MedicalCaseId, Guid>(id => id.Value, g => new Kinlink.Domain.Exchanges.MedicalCaseId(g));

internal sealed class DeathNotificationIdConverter() : ValueConverter<Kinlink.Domain.Exchanges.DeathNotificationId, Guid>(id => id.Value, g => new Kinlink.Domain.Exchanges.DeathNotificationId(g));

internal sealed class EffectsPacketIdConverter() : ValueConverter<Kinlink.Domain.Exchanges.EffectsPacketId, Guid>(id => id.Value, g => new Kinlink.Domain.Exchanges.EffectsPacketId(g));

internal sealed class EffectsItemIdConverter() : ValueConverter<Kinlink.Domain.Exchanges.EffectsItemId, Guid>(id => id.Value, g => new Kinlink.Domain.Exchanges.EffectsItemId(g));

internal sealed class JudicialProceedingIdConverter() : ValueConverter<Kinlink.Domain.Exchanges.JudicialProceedingId, Guid>(id => id.Value, g => new Kinlink.Domain.Exchanges.JudicialProceedingId(g));

internal sealed class FamilyNoticeIdConverter() : ValueConverter<Kinlink.Domain.Exchanges.FamilyNoticeId, Guid>(id => id.Value, g => new Kinlink.Domain.Exchanges.FamilyNoticeId(g));
