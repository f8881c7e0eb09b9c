namespace Kinlink.Data.Demo;

/// <summary>
/// A third country whose nationals serve with one party: names and towns in Latin as their passports give them,
/// and the language names as the other party's list writes them (in Russian or Ukrainian).
/// </summary>
internal sealed record ForeignOrigin(
    string Country,
    string LanguagesRussian,
    string LanguagesUkrainian,
    IReadOnlyList<string> GivenNames,
    IReadOnlyList<string> Surnames,
    IReadOnlyList<string> Towns);
