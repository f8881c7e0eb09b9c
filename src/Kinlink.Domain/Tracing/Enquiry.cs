using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Domain.Tracing;

/// <summary>
/// A family's tracing request (domain.md R-I3): who asks and how to reach them, whom they seek with what the registry
/// needs to find that person, when and where there was last news, and on what legal basis the intermediary processes
/// all this (R-J3). Confidential to the intermediary (R-I4): no party sees it.
/// </summary>
public sealed partial class Enquiry
{
    private Enquiry()
    {
    }

    public EnquiryId Id { get; private set; }

    public EnquiryReference Reference { get; private set; } = null!;

    public EnquiryStatus Status { get; private set; }

    /// <summary>The case this enquiry belongs to, named by its first enquiry: several enquiries about one sought person (a mother and a wife) share it.</summary>
    public EnquiryId CaseId { get; private set; }

    /// <summary>The registry's person a caseworker confirmed as the sought person, if any.</summary>
    public PersonId? PersonId { get; private set; }

    /// <summary>The located person's answer on sharing news with this enquirer (each enquirer is asked about separately).</summary>
    public SharingConsent SharingConsent { get; private set; }

    public EnquiryChannel Channel { get; private set; }

    public string EnquirerFullName { get; private set; } = "";

    public EnquirerRelation EnquirerRelation { get; private set; }

    public string EnquirerRelationOther { get; private set; } = "";

    public string EnquirerPhone { get; private set; } = "";

    public string EnquirerEmail { get; private set; } = "";

    public string EnquirerPostalAddress { get; private set; } = "";

    public EnquiryLanguage EnquirerLanguage { get; private set; }

    public string SoughtSurname { get; private set; } = "";

    public string SoughtGivenName { get; private set; } = "";

    public string SoughtPatronymic { get; private set; } = "";

    public Sex SoughtSex { get; private set; }

    public PartialDate? SoughtDateOfBirth { get; private set; }

    public int? SoughtAgeYears { get; private set; }

    public PartialDate? SoughtAgeAsOf { get; private set; }

    public string SoughtPlaceOfBirth { get; private set; } = "";

    public string SoughtMilitaryUnit { get; private set; } = "";

    /// <summary>Upper-cased without spaces, as the registry keeps service numbers, so the two compare.</summary>
    public string? SoughtServiceNumber { get; private set; }

    public PartyId? SoughtDependsOnPartyId { get; private set; }

    public PartialDate? LastNewsDate { get; private set; }

    public string LastNewsPlace { get; private set; } = "";

    public string HowNewsCame { get; private set; } = "";

    public LegalBasis LegalBasis { get; private set; }

    public string LegalBasisNote { get; private set; } = "";

    public bool ConsentGiven { get; private set; }

    public DateOnly? ConsentDate { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public int Version { get; private set; }

    /// <summary>The salted hash of the secret code a family filing online was given (<see cref="FamilyAccessCode"/>); null for enquiries taken by staff.</summary>
    public string? FamilyAccessCodeHash { get; private set; }

    public ApproximateAge? SoughtApproximateAge =>
        SoughtAgeYears is { } years && SoughtAgeAsOf is { } asOf ? ApproximateAge.Create(years, asOf) : null;

    public string SoughtFullName => string.Join(' ', new[] { SoughtSurname, SoughtGivenName, SoughtPatronymic }.Where(s => s.Length > 0));

    /// <summary>Lets the family check the case's status with its reference and this code's hash; given once, when the family files online.</summary>
    public void GiveFamilyAccessCode(string codeHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(codeHash);
        if (FamilyAccessCodeHash is not null)
        {
            throw new InvalidOperationException($"Enquiry {Reference.Value} already has a family access code.");
        }

        FamilyAccessCodeHash = codeHash;
    }

    /// <summary>
    /// Puts the enquirer's phone, email, postal address and the account of how the news came in the form given. The
    /// data layer keeps them encrypted with the enquiry's own key (so that erasing the key erases them) and puts them
    /// back in clear on an enquiry read for showing; the rules checked them when the enquiry was opened.
    /// </summary>
    public void ReplaceConfidentialText(string phone, string email, string postalAddress, string howNewsCame)
    {
        EnquirerPhone = phone ?? throw new ArgumentNullException(nameof(phone));
        EnquirerEmail = email ?? throw new ArgumentNullException(nameof(email));
        EnquirerPostalAddress = postalAddress ?? throw new ArgumentNullException(nameof(postalAddress));
        HowNewsCame = howNewsCame ?? throw new ArgumentNullException(nameof(howNewsCame));
    }

    /// <summary>Opens an enquiry, or refuses it with every problem named by field.</summary>
    public static Enquiry Open(EnquiryDraft draft, EnquiryReference reference, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(actor);
        var problems = EnquiryRules.Problems(draft, DateOnly.FromDateTime(now.UtcDateTime));
        if (problems.Count > 0)
        {
            throw new ValidationFailedException(problems);
        }

        var enquirer = draft.Enquirer;
        var sought = draft.SoughtPerson;
        var name = sought.Name!;
        var id = EnquiryId.New();
        return new Enquiry
        {
            Id = id,
            CaseId = id,
            SharingConsent = SharingConsent.NotAsked,
            Reference = reference,
            Status = EnquiryStatus.Open,
            Channel = draft.Channel!.Value,
            EnquirerFullName = EnquiryRules.Clean(enquirer.FullName),
            EnquirerRelation = enquirer.Relation!.Value,
            EnquirerRelationOther = EnquiryRules.Clean(enquirer.RelationOther),
            EnquirerPhone = EnquiryRules.Clean(enquirer.Phone),
            EnquirerEmail = EnquiryRules.Clean(enquirer.Email),
            EnquirerPostalAddress = EnquiryRules.Clean(enquirer.PostalAddress),
            EnquirerLanguage = enquirer.Language!.Value,
            SoughtSurname = name.Surname,
            SoughtGivenName = name.GivenName,
            SoughtPatronymic = name.Patronymic,
            SoughtSex = sought.Sex,
            SoughtDateOfBirth = sought.DateOfBirth,
            SoughtAgeYears = sought.ApproximateAge?.Years,
            SoughtAgeAsOf = sought.ApproximateAge?.AsOf,
            SoughtPlaceOfBirth = EnquiryRules.Clean(sought.PlaceOfBirth),
            SoughtMilitaryUnit = EnquiryRules.Clean(sought.MilitaryUnit),
            SoughtServiceNumber = Person.NormaliseServiceNumber(sought.ServiceNumber),
            SoughtDependsOnPartyId = sought.DependsOnPartyId,
            LastNewsDate = draft.Circumstances.Date,
            LastNewsPlace = EnquiryRules.Clean(draft.Circumstances.Place),
            HowNewsCame = EnquiryRules.Clean(draft.Circumstances.HowNewsCame),
            LegalBasis = draft.LegalBasis!.Value,
            LegalBasisNote = EnquiryRules.Clean(draft.LegalBasisNote),
            ConsentGiven = draft.ConsentGiven,
            ConsentDate = draft.ConsentDate,
            CreatedAt = now,
            CreatedBy = actor.UserName,
        };
    }

    /// <summary>
    /// Records the registry person a caseworker confirmed as the sought person. Confirming the same person again changes
    /// nothing; another person while one is confirmed is refused, since an enquiry is about one person and a second
    /// confirmation would silently replace the first.
    /// </summary>
    public void LinkPerson(PersonId personId, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (now < CreatedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, "A person cannot be confirmed before the enquiry was opened.");
        }

        if (PersonId is { } confirmed && confirmed != personId)
        {
            throw new ConflictException($"Enquiry {Reference.Value} already has another confirmed person; a caseworker must undo that before confirming a second one.");
        }

        PersonId = personId;
    }

    /// <summary>Joins the case of another enquiry about the same sought person: a caseworker's decision, never the engine's.</summary>
    public void JoinCase(EnquiryId caseId) => CaseId = caseId;

    /// <summary>Puts the enquiry back in a case of its own.</summary>
    public void LeaveCase() => CaseId = Id;
}
