using Kinlink.Data.Exchanges;

namespace Kinlink.Web.Api;

/// <summary>The person a death notification, a medical case or a packet is about, as the Annex IV forms identify them.</summary>
public sealed record DeceasedIdentityDto(string Reference, string FullName, string LatinName, string FatherName, string DateOfBirth, string PlaceOfBirth, string Rank,
    string ServiceNumber, string DependsOn, string InformName, string InformAddress, string Captured, string Status, string Place);

public sealed record DeathCertificateDto(string FileName, string ContentType, long Size, string Sha256, DateTimeOffset CreatedAt, string CreatedBy);

public sealed record DeathNotificationSummaryDto(string Reference, string Person, string FullName, string LatinName, string DependsOn, string DateOfDeath, string PlaceOfDeath,
    string Status, string? TransmittedTo, bool CertificateAttached, bool OfficialEnquiryRequired);

public sealed record DeathNotificationDto(
    string Reference, DeceasedIdentityDto Person, string? ReportedBy, string DateOfDeath, string PlaceOfDeath, string CauseOfDeath, string Circumstances, string? DateOfBurial,
    string PlaceOfBurial, string GraveIdentification, bool GraveMarked, bool Cremated, string CremationReason, bool OfficialEnquiryRequired, string ResponsibleAuthority,
    string Witnesses, string Status, string? TransmittedTo, DateTimeOffset? TransmittedAt, string TransmittedBy, DateTimeOffset? AcknowledgedAt, string AcknowledgedBy,
    DeathCertificateDto? Certificate, IReadOnlyList<EffectsPacketSummaryDto> Packets, DateTimeOffset CreatedAt, string CreatedBy, int Version);

public sealed record EffectsPacketSummaryDto(string Reference, string Person, string FullName, string LatinName, string Reason, string SealNumber, DateOnly ReceivedOn, string Status,
    DateOnly? HandedOverOn, string HandedOverTo, int Items, string? DeathNotification);

public sealed record EffectsItemDto(int Position, string Description, int Quantity, decimal? Amount, string? Currency);

public sealed record EffectsPacketDto(string Reference, DeceasedIdentityDto Person, string? DeathNotification, string Reason, string SealNumber, DateOnly ReceivedOn, string ReceivedFrom,
    IReadOnlyList<EffectsItemDto> Items, string Status, DateOnly? HandedOverOn, string HandedOverTo, string? HandedOverToParty, string HandoverNote, DateTimeOffset CreatedAt,
    string CreatedBy, int Version);

public sealed record MedicalCaseSummaryDto(string Reference, string Person, string FullName, string LatinName, string Grounds, DateOnly ProposedOn, string Wish, string Decision,
    string Status, DateOnly? ExecutionDueBy, bool Overdue);

public sealed record MedicalCaseDto(string Reference, DeceasedIdentityDto Person, string Grounds, string ProposedBy, DateOnly ProposedOn, string Wish, DateTimeOffset? InterviewedAt,
    DateOnly? ExaminedOn, string ExaminationPlace, string Decision, string DecisionNote, DateOnly? DecisionCommunicatedOn, DateOnly? ExecutionDueBy, bool Overdue,
    DateOnly? CarriedOutOn, string ClosingNote, string Status, DateTimeOffset CreatedAt, string CreatedBy, int Version);

public sealed record MedicalDiagnosisDto(string Reference, string Diagnosis);

public sealed record DeathTransmitInput(int? Version);

internal static class DeathDtoMapping
{
    public static DeceasedIdentityDto ToDto(this DeceasedIdentity p) =>
        new(p.Reference, p.FullName, p.LatinName, p.FatherName, p.DateOfBirth, p.PlaceOfBirth, p.Rank, p.ServiceNumber, p.DependsOn, p.InformName, p.InformAddress, p.Captured, p.Status, p.Place);

    public static DeathCertificateDto ToDto(this DeathCertificateInfo c) => new(c.FileName, c.ContentType, c.Size, c.Sha256, c.CreatedAt, c.CreatedBy);

    public static DeathNotificationSummaryDto ToDto(this DeathNotificationSummary s) =>
        new(s.Reference, s.Person, s.FullName, s.LatinName, s.DependsOn, s.DateOfDeath, s.PlaceOfDeath, s.Status, Null(s.TransmittedTo), s.CertificateAttached, s.OfficialEnquiryRequired);

    public static DeathNotificationDto ToDto(this DeathNotificationView view)
    {
        var n = view.Notification;
        return new(n.Reference, view.Person.ToDto(), Null(view.ReportedBy), n.DateOfDeath.ToString(), n.PlaceOfDeath, n.CauseOfDeath, n.Circumstances, n.DateOfBurial?.ToString(),
            n.PlaceOfBurial, n.GraveIdentification, n.GraveMarked, n.Cremated, n.CremationReason, n.OfficialEnquiryRequired, n.ResponsibleAuthority, n.Witnesses,
            ExchangeCodes.Of(n.Status), Null(view.TransmittedTo), n.TransmittedAt, n.TransmittedBy, n.AcknowledgedAt, n.AcknowledgedBy, view.Certificate?.ToDto(),
            [.. view.Packets.Select(p => p.ToDto())], n.CreatedAt, n.CreatedBy, n.Version);
    }

    public static EffectsPacketSummaryDto ToDto(this EffectsPacketSummary s) =>
        new(s.Reference, s.Person, s.FullName, s.LatinName, s.Reason, s.SealNumber, s.ReceivedOn, s.Status, s.HandedOverOn, s.HandedOverTo, s.Items, s.DeathNotification);

    public static EffectsPacketDto ToDto(this EffectsPacketView view)
    {
        var p = view.Packet;
        return new(p.Reference, view.Person.ToDto(), view.DeathNotification, ExchangeCodes.Of(p.Reason), p.SealNumber, p.ReceivedOn, p.ReceivedFrom,
            [.. p.Items.OrderBy(i => i.Position).Select(i => new EffectsItemDto(i.Position, i.Description, i.Quantity, i.Amount, Null(i.Currency)))],
            ExchangeCodes.Of(p.Status), p.HandedOverOn, p.HandedOverTo, Null(view.HandedOverToParty), p.HandoverNote, p.CreatedAt, p.CreatedBy, p.Version);
    }

    public static MedicalCaseSummaryDto ToDto(this MedicalCaseSummary s) =>
        new(s.Reference, s.Person, s.FullName, s.LatinName, s.Grounds, s.ProposedOn, s.Wish, s.Decision, s.Status, s.ExecutionDueBy, s.Overdue);

    public static MedicalCaseDto ToDto(this MedicalCaseView view)
    {
        var c = view.Case;
        return new(c.Reference, view.Person.ToDto(), ExchangeCodes.Of(c.Grounds), c.ProposedBy, c.ProposedOn, ExchangeCodes.Of(c.Wish), c.InterviewedAt, c.ExaminedOn, c.ExaminationPlace,
            ExchangeCodes.Of(c.Decision), c.DecisionNote, c.DecisionCommunicatedOn, view.ExecutionDueBy, view.Overdue, c.CarriedOutOn, c.ClosingNote, ExchangeCodes.Of(c.Status),
            c.CreatedAt, c.CreatedBy, c.Version);
    }

    private static string? Null(string text) => text.Length == 0 ? null : text;
}
