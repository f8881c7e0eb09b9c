using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class KinlinkSettingConfiguration : IEntityTypeConfiguration<KinlinkSetting>
{
    public void Configure(EntityTypeBuilder<KinlinkSetting> builder)
    {
        builder.ToTable("kinlink_settings");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(200);
    }
}
