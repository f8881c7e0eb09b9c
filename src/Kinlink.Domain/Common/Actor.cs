namespace Kinlink.Domain.Common;

/// <summary>
/// Who is acting: every service call carries one, so records say who did what, and so party scoping
/// can be enforced once accounts exist. <see cref="PartyCode"/> is null for the intermediary's staff.
/// </summary>
public sealed record Actor(string UserName, string? PartyCode)
{
    /// <summary>Work done by Kinlink itself (start-up seeding), not by a person.</summary>
    public static Actor System { get; } = new("system", null);

    /// <summary>
    /// A family filing an enquiry or checking its status on the public page, without an account: records say the
    /// public form did it. Not a party, yet no member of staff either: services that show records refuse it.
    /// </summary>
    public static Actor PublicEnquiryForm { get; } = new("public-enquiry-form", null);

    public bool IsPublic => this == PublicEnquiryForm;

    public bool IsIntermediary => PartyCode is null;
}
