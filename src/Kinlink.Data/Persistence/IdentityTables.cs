using Kinlink.Data.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Persistence;

/// <summary>
/// Names Identity's tables the way the rest of the schema is named (lower case, snake case: "users", not
/// "AspNetUsers"), so an operator reading the database or a backup sees one naming scheme.
/// </summary>
internal static class IdentityTables
{
    public static void Rename(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KinlinkUser>().ToTable("users");
        modelBuilder.Entity<IdentityRole<Guid>>().ToTable("roles");
        modelBuilder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        modelBuilder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
    }
}
