using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Persistence;

public sealed class SqliteKinlinkDbContext(DbContextOptions<SqliteKinlinkDbContext> options) : KinlinkDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The subjects' revision is set by AFTER triggers (migration MatchSubjectRevisions), and SQLite's RETURNING
        // cannot be used on a table with AFTER triggers: EF reads the new number back the older way there.
        builder.Entity<PersonMatchSubject>().ToTable(t => t.UseSqlReturningClause(false));
    }
}
