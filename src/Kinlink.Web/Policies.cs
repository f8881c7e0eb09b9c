using Kinlink.Data.Access;
using Microsoft.AspNetCore.Authorization;

namespace Kinlink.Web;

/// <summary>
/// The named authorization policies, by what they let an account do rather than by role, so a page or an
/// endpoint says what it needs and the role lists live in one place.
/// </summary>
public static class Policies
{
    /// <summary>Read the registry: any signed-in account (party scoping is the services' job).</summary>
    public const string RegistryRead = "RegistryRead";

    /// <summary>Register persons, record events, import lists (a party's officers only for the persons their party holds).</summary>
    public const string RegistryWrite = "RegistryWrite";

    /// <summary>Register and edit places of detention: the intermediary's work, from the parties' notifications and the delegates' visits.</summary>
    public const string PlacesWrite = "PlacesWrite";

    /// <summary>Pages about one's own account (password, two-factor sign-in, signing out): any signed-in account.</summary>
    public const string SignedIn = "SignedIn";

    /// <summary>Manage accounts.</summary>
    public const string Admin = "Admin";

    /// <summary>Read the audit trail.</summary>
    public const string AuditRead = "AuditRead";

    /// <summary>Read the feed of notifications about a party's nationals and acknowledge them: that party's officers.</summary>
    public const string TransmissionsReceive = "TransmissionsReceive";

    /// <summary>
    /// See what the parties have not acknowledged and for how long. The intermediary's staff who follow the transmissions
    /// up (administrators, caseworkers) or report on them (analysts); not delegates (field visits) nor the data protection
    /// officer, since the list names persons and neither needs it for their work (the DPO reads the audit trail instead).
    /// </summary>
    public const string TransmissionsOversee = "TransmissionsOversee";

    /// <summary>
    /// Review the duplicate worklist and merge, dismiss or split: the intermediary's desk (administrators, caseworkers).
    /// The list compares records across both parties' lists, so no party's officer sees it; delegates register in the
    /// field and analysts report, neither decides who is whom.
    /// </summary>
    public const string DuplicatesReview = "DuplicatesReview";

    /// <summary>
    /// Read family enquiries: the intermediary's caseworkers, delegates and administrators, who trace, and the data protection
    /// officer, who answers the enquirers' and sought persons' requests to see what is held about them. Not analysts: an
    /// enquiry names a family and how to reach it, and even counts of enquiries are sensitive (domain.md R-H3). Never a
    /// party's account (R-I4), whatever its role.
    /// </summary>
    public const string EnquiriesRead = "EnquiriesRead";

    /// <summary>Open family enquiries: the intermediary's caseworkers, delegates (who take them in the field) and administrators.</summary>
    public const string EnquiriesWrite = "EnquiriesWrite";

    /// <summary>
    /// Ask parties for visits (from the worklist or by naming persons), follow requests up, record visits and their
    /// follow-up actions, read them: the intermediary's caseworkers, delegates and administrators. Never a party's account:
    /// a party sees only the requests addressed to it (<see cref="VisitRequestsAnswer"/>), never the visits' records.
    /// </summary>
    public const string VisitsWork = "VisitsWork";

    /// <summary>
    /// Read visit coverage and planning figures (share visited, overdue persons, how parties answer): the intermediary's
    /// caseworkers, delegates, administrators and analysts, who report on access. Never a party's account.
    /// </summary>
    public const string VisitCoverageRead = "VisitCoverageRead";

    /// <summary>
    /// Read and write what delegates learnt in confidence on a visit (findings, recommendations, notes from private
    /// interviews): only delegates and caseworkers, who act on it (domain.md R-G5, R-H1). Not administrators, the data
    /// protection officer or analysts, who have no need to know, and never a party's account.
    /// </summary>
    public const string VisitFindings = "VisitFindings";

    /// <summary>Read the visit requests addressed to one's own party and answer them: that party's liaison officers.</summary>
    public const string VisitRequestsAnswer = "VisitRequestsAnswer";

    /// <summary>
    /// Take in messages and parcels, route them, put them in dispatch batches, record their checks, deliveries and failures,
    /// and see their lists and trails: the intermediary's caseworkers, delegates and administrators. Not the text of a
    /// message nor who sent it: that needs <see cref="MailText"/>. Never a party's account (<see cref="MailAuthority"/>).
    /// </summary>
    public const string MailWork = "MailWork";

    /// <summary>
    /// Read what a message says, its scan, and the family member's or parcel sender's name and address: the caseworkers and
    /// delegates who carry them (family news, domain.md R-I1, R-J). Not administrators, the data protection officer or analysts.
    /// </summary>
    public const string MailText = "MailText";

    /// <summary>Read the mail figures (quotas against art. 71, delivery times, undeliverable rates): <see cref="MailWork"/> and analysts.</summary>
    public const string MailReports = "MailReports";

    /// <summary>
    /// A detaining party's officers (bureau and liaison): the mail routed to places their party holds, to read it as the
    /// detaining authority does (GC III art. 76), record the check and confirm delivery. Never another party's mail, nor
    /// which family's enquiry an item belongs to.
    /// </summary>
    public const string MailAuthority = "MailAuthority";

    /// <summary>
    /// Prepare and execute prisoner exchanges, follow medical repatriation cases, record deaths, personal effects and judicial
    /// proceedings, and tell families the outcome: the intermediary's caseworkers, delegates and administrators. Never a
    /// party's account: the lists of both sides and the verification are the intermediary's. What a prisoner said in the
    /// private interview and a medical diagnosis need <see cref="ExchangesConfidential"/>; the party of origin reads the
    /// death notifications transmitted to it under <see cref="TransmissionsReceive"/>.
    /// </summary>
    public const string ExchangesWork = "ExchangesWork";

    /// <summary>
    /// Read and record what a prisoner said in the private interview on going home, and a medical repatriation case's
    /// diagnosis: the caseworkers and delegates who do that work. Not administrators, the data protection officer or analysts.
    /// </summary>
    public const string ExchangesConfidential = "ExchangesConfidential";

    /// <summary>
    /// Read the printable summary for one party, the brief for the intermediary's confidential dialogue with it: the staff
    /// who hold that dialogue, namely caseworkers (who follow each party's answers up), delegates (who meet its authorities
    /// on visits) and administrators (who lead the delegation). Not analysts: the summary names the persons facing trial,
    /// which their figures do not need; not the data protection officer, who reads the audit trail instead. Never a party's
    /// account, not even the party's own: what the intermediary tells a party is said in the dialogue, not read off a screen.
    /// </summary>
    public const string PartySummaryRead = "PartySummaryRead";

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(RegistryRead, p => p.RequireAuthenticatedUser());
        options.AddPolicy(RegistryWrite, p => p.RequireRole(KinlinkRoles.Admin, KinlinkRoles.Caseworker, KinlinkRoles.Delegate, KinlinkRoles.BureauOfficer));
        options.AddPolicy(PlacesWrite, p => p.RequireRole(KinlinkRoles.Admin, KinlinkRoles.Caseworker, KinlinkRoles.Delegate));
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Admin, p => p.RequireRole(KinlinkRoles.Admin));
        options.AddPolicy(AuditRead, p => p.RequireRole(KinlinkRoles.Admin, KinlinkRoles.Dpo));
        options.AddPolicy(TransmissionsReceive, p => p.RequireRole(KinlinkRoles.BureauOfficer, KinlinkRoles.LiaisonOfficer).RequireClaim(AccessClaims.Party));
        options.AddPolicy(DuplicatesReview, p => p.RequireRole(KinlinkRoles.Admin, KinlinkRoles.Caseworker));
        options.AddPolicy(TransmissionsOversee, p => p.RequireRole(KinlinkRoles.Admin, KinlinkRoles.Caseworker, KinlinkRoles.Analyst));
        options.AddPolicy(EnquiriesRead, p => p.RequireRole(KinlinkRoles.Admin, KinlinkRoles.Caseworker, KinlinkRoles.Delegate, KinlinkRoles.Dpo)
            .RequireAssertion(c => !c.User.HasClaim(claim => claim.Type == AccessClaims.Party)));
        options.AddPolicy(EnquiriesWrite, p => p.RequireRole(KinlinkRoles.Admin, KinlinkRoles.Caseworker, KinlinkRoles.Delegate)
            .RequireAssertion(c => !c.User.HasClaim(claim => claim.Type == AccessClaims.Party)));
        options.AddPolicy(VisitsWork, p => p.RequireRole(KinlinkRoles.Admin, KinlinkRoles.Caseworker, KinlinkRoles.Delegate)
            .RequireAssertion(c => !c.User.HasClaim(claim => claim.Type == AccessClaims.Party)));
        options.AddPolicy(VisitCoverageRead, p => p.RequireRole(KinlinkRoles.Admin, KinlinkRoles.Caseworker, KinlinkRoles.Delegate, KinlinkRoles.Analyst)
            .RequireAssertion(c => !c.User.HasClaim(claim => claim.Type == AccessClaims.Party)));
        options.AddPolicy(VisitFindings, p => p.RequireRole(KinlinkRoles.Caseworker, KinlinkRoles.Delegate)
            .RequireAssertion(c => !c.User.HasClaim(claim => claim.Type == AccessClaims.Party)));
        options.AddPolicy(VisitRequestsAnswer, p => p.RequireRole(KinlinkRoles.LiaisonOfficer).RequireClaim(AccessClaims.Party));
        options.AddPolicy(MailWork, p => p.RequireRole(KinlinkRoles.Admin, KinlinkRoles.Caseworker, KinlinkRoles.Delegate)
            .RequireAssertion(c => !c.User.HasClaim(claim => claim.Type == AccessClaims.Party)));
        options.AddPolicy(MailText, p => p.RequireRole(KinlinkRoles.Caseworker, KinlinkRoles.Delegate)
            .RequireAssertion(c => !c.User.HasClaim(claim => claim.Type == AccessClaims.Party)));
        options.AddPolicy(MailReports, p => p.RequireRole(KinlinkRoles.Admin, KinlinkRoles.Caseworker, KinlinkRoles.Delegate, KinlinkRoles.Analyst)
            .RequireAssertion(c => !c.User.HasClaim(claim => claim.Type == AccessClaims.Party)));
        options.AddPolicy(ExchangesWork, p => p.RequireRole(KinlinkRoles.Admin, KinlinkRoles.Caseworker, KinlinkRoles.Delegate)
            .RequireAssertion(c => !c.User.HasClaim(claim => claim.Type == AccessClaims.Party)));
        options.AddPolicy(ExchangesConfidential, p => p.RequireRole(KinlinkRoles.Caseworker, KinlinkRoles.Delegate)
            .RequireAssertion(c => !c.User.HasClaim(claim => claim.Type == AccessClaims.Party)));
        options.AddPolicy(PartySummaryRead, p => p.RequireRole(KinlinkRoles.Admin, KinlinkRoles.Caseworker, KinlinkRoles.Delegate)
            .RequireAssertion(c => !c.User.HasClaim(claim => claim.Type == AccessClaims.Party)));
        options.AddPolicy(MailAuthority, p => p.RequireRole(KinlinkRoles.BureauOfficer, KinlinkRoles.LiaisonOfficer).RequireClaim(AccessClaims.Party));
        // Everything needs a signed-in account unless it says otherwise, with a reason ([PublicAccess] / AllowPublicAccess).
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
