namespace Kinlink.Data.Registry.Seeding;

/// <summary>The rows of one block of the seed, table by table in the order they are written (parents first).</summary>
internal sealed class SeedChunk(int persons)
{
    private readonly List<(SeedTable Table, List<object?[]> Rows)> _tables = [];

    public int Persons { get; } = persons;

    public IReadOnlyList<(SeedTable Table, List<object?[]> Rows)> Tables => _tables;

    public void Add(SeedTable table, object?[] row)
    {
        var index = _tables.FindIndex(t => ReferenceEquals(t.Table, table));
        if (index < 0)
        {
            _tables.Add((table, [row]));
        }
        else
        {
            _tables[index].Rows.Add(row);
        }
    }
}
