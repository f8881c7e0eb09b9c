using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kinlink.Data.Persistence;

// Used only by `dotnet ef`: neither factory connects to a database to build the model.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKinlinkDbContext>
{
    public SqliteKinlinkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKinlinkDbContext>().UseSqlite("Data Source=:memory:").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKinlinkDbContext>
{
    public PostgresKinlinkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresKinlinkDbContext>()
            .UseNpgsql(Environment.GetEnvironmentVariable("KINLINK_DESIGN_PG") ?? "Host=127.0.0.1;Database=kinlink_design").Options);
}
