using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class EnquiryEventConfiguration : IEntityTypeConfiguration<EnquiryEvent>
{
    public void Configure(EntityTypeBuilder<EnquiryEvent> builder)
    {
        builder.ToTable("enquiry_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.FromStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ToStatus).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.FromConsent).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ToConsent).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ConsentObtainedBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.AllowedOnRefusal).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.By).HasMaxLength(100);
        builder.Property(e => e.Reason).HasMaxLength(Enquiry.ReasonLength);
        builder.HasIndex(e => e.EnquiryId);
        builder.HasOne<Enquiry>().WithMany().HasForeignKey(e => e.EnquiryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlaceOfDetention>().WithMany().HasForeignKey(e => e.PlaceId).OnDelete(DeleteBehavior.Restrict);
    }
}
