namespace Kinlink.Matching.Names;

/// <summary>One given name across Ukrainian, Russian and Latin (Олександр, Александр, Oleksandr, Alexander share ALEKSANDR).</summary>
/// <param name="Code">The class code of the name table, such as ALEKSANDR.</param>
/// <param name="Sex">'m' or 'f'.</param>
/// <param name="UkrainianForm">The Ukrainian Cyrillic form of the class's first row.</param>
/// <param name="RussianForm">The Russian Cyrillic form of the class's first row.</param>
public sealed record GivenNameClass(string Code, char Sex, string UkrainianForm, string RussianForm);
