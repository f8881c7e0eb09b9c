using Kinlink.Domain.Registry;

namespace Kinlink.Data.Demo;

/// <summary>One given name as a Ukrainian and as a Russian document writes it (Олександр / Александр).</summary>
internal sealed record GivenNamePair(string Ukrainian, string Russian, Sex Sex);
