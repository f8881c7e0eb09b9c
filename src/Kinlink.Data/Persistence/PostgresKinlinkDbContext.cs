using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Persistence;

public sealed class PostgresKinlinkDbContext(DbContextOptions<PostgresKinlinkDbContext> options) : KinlinkDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Byte-order collation, so the prefix range on search keys means the same as on SQLite and can use the index.
        builder.Entity<NameSearchKey>().Property(k => k.Key).UseCollation("C");
        builder.Entity<Person>().Property(p => p.ServiceNumber).UseCollation("C");
        builder.Entity<Person>().Property<string>(SortNameColumn).UseCollation("C");
    }
}
