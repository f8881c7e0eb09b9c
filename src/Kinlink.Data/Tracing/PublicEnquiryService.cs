using System.Globalization;
using Kinlink.Data.Access;
using Kinlink.Data.Mail;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Tracing;

/// <summary>
/// The public enquiry page's use cases, for families without an account: file an enquiry online (through
/// <see cref="EnquiryService"/>, so the same rules apply) and check its status with the case reference and the secret
/// code. Everything here acts as <see cref="Actor.PublicEnquiryForm"/>, and nothing here looks a case up by anything
/// but its reference: there is no way to search for a person (issue 5 item 6).
/// </summary>
public sealed class PublicEnquiryService(KinlinkDbContext db, EnquiryService enquiries, TimeProvider clock, AuditTrail audit, FamilyMailService mail)
{
    /// <summary>
    /// Compared against when the reference is unknown, so an unknown reference takes as long to refuse as a wrong code
    /// and the answer's timing does not tell which references exist.
    /// </summary>
    private static readonly string UnknownCaseHash = FamilyAccessCode.Hash(FamilyAccessCode.NewCode());

    /// <summary>
    /// Files a family's enquiry: channel online, legal basis the enquirer's consent, given today when the family ticked
    /// the box. Refused with every problem by field, nothing stored, as any enquiry would be.
    /// </summary>
    public async Task<PublicEnquiryReceipt> FileAsync(EnquiryInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var consented = input.Consent?.Given == true;
        var online = input with
        {
            Channel = TracingCodes.Of(EnquiryChannel.Online),
            LegalBasis = TracingCodes.Of(LegalBasis.EnquirerConsent),
            LegalBasisNote = null,
            Consent = new ConsentInput { Given = consented, Date = consented ? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null },
        };
        var code = FamilyAccessCode.NewCode();
        var enquiry = await enquiries.OpenAsync(online, Actor.PublicEnquiryForm, FamilyAccessCode.Hash(code), pfifSourceRecordId: null, cancellationToken);
        return new PublicEnquiryReceipt(enquiry.Reference.Value, code);
    }

    /// <summary>
    /// What the family may be told, for the right reference and code. A malformed or unknown reference and a wrong code
    /// get the same answer; past <paramref name="limit"/> wrong codes for a reference (known or not) its checks are
    /// refused until the window ends, the right code included. Every check is audited, without names.
    /// </summary>
    public async Task<FamilyStatusCheck> CheckStatusAsync(string? referenceText, string? code, FamilyCodeLimit limit, CancellationToken cancellationToken = default)
    {
        var (refusal, enquiry) = await VerifyAsync(referenceText, code, limit, "status check", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var answer = FamilyDisclosure.For(enquiry!);
        audit.Record(Actor.PublicEnquiryForm, AuditActions.EnquiryPublicStatus, $"status check of {enquiry!.Reference.Value}: answered {TracingCodes.Of(answer)}", []);
        return new FamilyStatusCheck(FamilyStatusOutcome.Answered, enquiry.Reference.Value, answer, enquiry.SoughtFullName, null)
        {
            Mail = await mail.ReadAsync(enquiry, cancellationToken),
        };
    }

    /// <summary>
    /// Takes in a message the family writes on the status page, with the case reference and secret code checked exactly
    /// as a status check is, under the same limit of wrong codes (a wrong code here counts there too). Answers as a status
    /// check does, with the new message's reference.
    /// </summary>
    /// <exception cref="ValidationFailedException">The text is missing or too long, or the case does not take messages online (field <c>text</c>).</exception>
    public async Task<FamilyStatusCheck> HandInMessageAsync(string? referenceText, string? code, string? text, FamilyCodeLimit limit, CancellationToken cancellationToken = default)
    {
        var (refusal, enquiry) = await VerifyAsync(referenceText, code, limit, "message hand-in", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var message = await mail.HandInAsync(enquiry!, text, cancellationToken);
        return new FamilyStatusCheck(FamilyStatusOutcome.Answered, enquiry!.Reference.Value, FamilyDisclosure.For(enquiry), enquiry.SoughtFullName, null)
        {
            Mail = await mail.ReadAsync(enquiry, cancellationToken),
            HandedIn = message.Reference,
        };
    }

    /// <summary>
    /// The case for the right reference and code, or the refusal: a malformed or unknown reference and a wrong code get the
    /// same answer; past <paramref name="limit"/> wrong codes for a reference (known or not) it is refused until the window
    /// ends, the right code included. Refusals are audited here, without names; the caller audits what it answers.
    /// </summary>
    private async Task<(FamilyStatusCheck? Refusal, Enquiry? Enquiry)> VerifyAsync(string? referenceText, string? code, FamilyCodeLimit limit, string what, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var actor = Actor.PublicEnquiryForm;
        if (!EnquiryReference.TryParse(referenceText, out var reference))
        {
            FamilyAccessCode.Matches(code, UnknownCaseHash);
            audit.Record(actor, AuditActions.EnquiryPublicStatus, $"{what} refused: not a case reference", []);
            return (FamilyStatusCheck.NotFound, null);
        }

        var now = clock.GetUtcNow();
        var failures = await db.FamilyCodeFailures.SingleOrDefaultAsync(f => f.Reference == reference!.Value, cancellationToken);
        var windowOpen = failures is not null && now < failures.WindowStartedAt + limit.Window;
        if (windowOpen && failures!.Count >= limit.WrongCodes)
        {
            audit.Record(actor, AuditActions.EnquiryPublicStatus, $"{what} of {reference!.Value} refused: {failures.Count} wrong codes, locked", []);
            return (new FamilyStatusCheck(FamilyStatusOutcome.Locked, null, null, null, failures.WindowStartedAt + limit.Window - now), null);
        }

        var enquiry = await db.Enquiries.AsNoTracking().SingleOrDefaultAsync(e => e.Reference == reference, cancellationToken);
        if (FamilyAccessCode.Matches(code, enquiry?.FamilyAccessCodeHash ?? UnknownCaseHash) && enquiry is not null)
        {
            return (null, enquiry);
        }

        if (failures is null)
        {
            db.FamilyCodeFailures.Add(new FamilyCodeFailures { Reference = reference!.Value, Count = 1, WindowStartedAt = now });
        }
        else if (windowOpen)
        {
            failures.Count++;
        }
        else
        {
            failures.Count = 1;
            failures.WindowStartedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another check counted a first failure for the same reference at the same moment; one uncounted guess is harmless.
            db.ChangeTracker.Clear();
        }

        audit.Record(actor, AuditActions.EnquiryPublicStatus,
            $"{what} of {reference!.Value} refused: {(enquiry is null ? "no such case" : "wrong code")}", []);
        return (FamilyStatusCheck.NotFound, null);
    }
}
