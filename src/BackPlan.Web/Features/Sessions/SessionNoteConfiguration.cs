using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackPlan.Web.Features.Sessions;

internal sealed class SessionNoteConfiguration : IEntityTypeConfiguration<SessionNote>
{
    public void Configure(EntityTypeBuilder<SessionNote> builder)
    {
        builder.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.Subjective).HasMaxLength(SessionNote.MaxTextLength);
        builder.Property(n => n.Objective).HasMaxLength(SessionNote.MaxTextLength);
        builder.Property(n => n.Assessment).HasMaxLength(SessionNote.MaxTextLength);
        builder.Property(n => n.Plan).HasMaxLength(SessionNote.MaxTextLength);
        builder.Property(n => n.SchoberCm).HasPrecision(5, 1);
        builder.Property(n => n.FingertipFloorCm).HasPrecision(5, 1);
        builder.Property(n => n.Findings).HasJsonConversion();
        builder.Property(n => n.Techniques).HasJsonConversion();
        builder.Property(n => n.CreatedBy).HasMaxLength(200);
        builder.Property(n => n.UpdatedBy).HasMaxLength(200);
        builder.Property(n => n.SignedBy).HasMaxLength(200);
        builder.HasOne<Appointments.Appointment>().WithMany().HasForeignKey(n => n.AppointmentId);
        builder.HasOne<Patients.Patient>().WithMany().HasForeignKey(n => n.PatientId);
        builder.HasOne<Episodes.Episode>().WithMany().HasForeignKey(n => n.EpisodeId);
        builder.HasMany(n => n.Addenda).WithOne().HasForeignKey(a => a.NoteId).OnDelete(DeleteBehavior.Cascade);
        // One note per appointment: two practitioners saving the first draft at once cannot make two.
        builder.HasIndex(n => new { n.ClinicId, n.AppointmentId }).IsUnique();
        // The patient and episode pages list a patient's notes in order.
        builder.HasIndex(n => new { n.ClinicId, n.PatientId, n.CreatedAt });
    }
}

internal sealed class SessionNoteAddendumConfiguration : IEntityTypeConfiguration<SessionNoteAddendum>
{
    public void Configure(EntityTypeBuilder<SessionNoteAddendum> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(SessionNoteAddendum.MaxTextLength);
        builder.Property(a => a.Author).HasMaxLength(200);
        builder.HasIndex(a => new { a.NoteId, a.CreatedAt });
    }
}
