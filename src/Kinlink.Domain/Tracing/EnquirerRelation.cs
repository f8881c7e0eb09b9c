namespace Kinlink.Domain.Tracing;

/// <summary>What the enquirer is to the sought person; <see cref="Other"/> and <see cref="OtherRelative"/> carry a free text.</summary>
public enum EnquirerRelation
{
    Mother = 1,
    Father = 2,
    Wife = 3,
    Husband = 4,
    Partner = 5,
    Son = 6,
    Daughter = 7,
    Brother = 8,
    Sister = 9,
    OtherRelative = 10,
    Other = 11,
}
