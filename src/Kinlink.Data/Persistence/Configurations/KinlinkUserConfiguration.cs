using Kinlink.Data.Access;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class KinlinkUserConfiguration : IEntityTypeConfiguration<KinlinkUser>
{
    public void Configure(EntityTypeBuilder<KinlinkUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        // An account outlives nothing it refers to: a party with accounts cannot be deleted.
        builder.HasOne<Party>().WithMany().HasForeignKey(u => u.PartyId).OnDelete(DeleteBehavior.Restrict);
    }
}
