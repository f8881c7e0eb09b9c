using Kinlink.Data.Access;
using Kinlink.Data.Tracing;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinlink.Data.Persistence.Configurations;

internal sealed class EnquiryAttachmentConfiguration : IEntityTypeConfiguration<EnquiryAttachment>
{
    public void Configure(EntityTypeBuilder<EnquiryAttachment> builder)
    {
        builder.ToTable("enquiry_attachments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.FileName).HasMaxLength(EnquiryAttachmentService.FileNameLength);
        builder.Property(a => a.ContentType).HasMaxLength(50);
        builder.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.Caption).HasMaxLength(FieldEncryption.SealedLength(EnquiryAttachmentService.CaptionLength));
        builder.Property(a => a.CreatedBy).HasMaxLength(100);
        builder.Ignore(a => a.Binding);
        builder.HasIndex(a => a.EnquiryId);
        builder.HasOne<Enquiry>().WithMany().HasForeignKey(a => a.EnquiryId).OnDelete(DeleteBehavior.Cascade);
    }
}
