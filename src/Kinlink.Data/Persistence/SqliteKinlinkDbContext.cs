using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Persistence;

public sealed class SqliteKinlinkDbContext(DbContextOptions<SqliteKinlinkDbContext> options) : KinlinkDbContext(options);
