using Kinlink.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Kinlink.Data.Registry.Seeding;

/// <summary>
/// One table as the bulk seed writes it: its name, its columns and, for each column, how to read the value from an
/// entity and turn it into the value the provider stores (the model's own converters and type mappings), so that a
/// row written past EF holds exactly what SaveChanges would have stored.
/// </summary>
internal sealed class SeedTable
{
    private readonly Column[] _columns;

    /// <param name="shadowValues">How to compute each shadow property, which has no CLR member to read.</param>
    public SeedTable(KinlinkDbContext db, Type entityClrType, IReadOnlyDictionary<string, Func<object, object?>>? shadowValues = null)
    {
        var entityType = db.Model.FindEntityType(entityClrType)
            ?? throw new InvalidOperationException($"{entityClrType.Name} is not part of the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToList();
        if (properties.FirstOrDefault(p => p.IsShadowProperty() && shadowValues?.ContainsKey(p.Name) != true) is { } shadow)
        {
            throw new InvalidOperationException($"{entityType.DisplayName()}.{shadow.Name} is a shadow property: pass how to compute it.");
        }

        Name = table.Name;
        Schema = table.Schema;
        _columns = properties.Select(p => new Column(
            p.GetColumnName(table)!,
            p.IsShadowProperty() ? shadowValues![p.Name] : p.GetGetter().GetClrValue,
            p.GetRelationalTypeMapping())).ToArray();
    }

    public string Name { get; }

    public string? Schema { get; }

    public IReadOnlyList<string> ColumnNames => _columns.Select(c => c.Name).ToList();

    public IReadOnlyList<RelationalTypeMapping> Mappings => _columns.Select(c => c.Mapping).ToList();

    /// <summary>The provider values of one entity's row, every id passed through <paramref name="ids"/>.</summary>
    public object?[] RowOf(object entity, SeedIds ids)
    {
        var row = new object?[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            var column = _columns[i];
            var value = column.Value(entity);
            if (value is not null && column.Mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            row[i] = value is Guid id ? ids.Map(id) : value;
        }

        return row;
    }

    private sealed record Column(string Name, Func<object, object?> Value, RelationalTypeMapping Mapping);
}
