using Kinlink.Data.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("api_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(ApiTokenService.MaxNameLength);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.Property(t => t.CreatedBy).HasMaxLength(100);
        builder.Property(t => t.RevokedBy).HasMaxLength(100);
        builder.HasIndex(t => t.Hash).IsUnique();
        // A revoked token keeps its row (who made it, who revoked it) but gives its name back for a successor.
        // Quoted identifiers read the same on SQLite and PostgreSQL.
        builder.HasIndex(t => new { t.UserId, t.Name }).IsUnique().HasFilter("\"RevokedAt\" IS NULL");
        builder.HasOne<KinlinkUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
