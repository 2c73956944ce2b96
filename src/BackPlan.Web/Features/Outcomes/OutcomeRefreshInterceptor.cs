using BackPlan.Web.Data;
using BackPlan.Web.Features.AfterSessions;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Episodes;
using BackPlan.Web.Features.HomeProgram;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// Keeps <see cref="EpisodeOutcomeRecord"/> rows up to date however the data was saved: after a
/// save that touched an episode, any row with an <c>EpisodeId</c> (questionnaires, plans, reviews,
/// exercise logs), an appointment, an adverse event or a post-session check, the touched episodes' records are
/// recomputed and saved. One instance serves every (pooled) context; the touched ids it carries from
/// SavingChanges to SavedChanges live on the context (<see cref="Touched"/>). Synchronous SaveChanges is
/// not refreshed (the app saves asynchronously).
/// </summary>
public sealed class OutcomeRefreshInterceptor(TimeProvider time, IOptions<OutcomeOptions> options, ILogger<OutcomeRefreshInterceptor> logger) : SaveChangesInterceptor
{
    /// <summary>One context's touched episodes and patients, and whether it is refreshing now.</summary>
    internal sealed class Touched
    {
        public HashSet<Guid> Episodes { get; } = [];

        public HashSet<Guid> Patients { get; } = [];

        public bool Refreshing { get; set; }
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is BackPlanDb db && db.SaveState<Touched>() is { Refreshing: false } touched)
        {
            Collect(db, touched);
        }

        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not BackPlanDb db || db.SaveState<Touched>() is not { Refreshing: false } touched
            || (touched.Episodes.Count == 0 && touched.Patients.Count == 0))
        {
            return result;
        }

        List<Guid> episodes = [.. touched.Episodes], patients = [.. touched.Patients];
        touched.Episodes.Clear();
        touched.Patients.Clear();
        touched.Refreshing = true;
        try
        {
            await OutcomeRecorder.RefreshAsync(db, episodes, patients, options.Value.Window, time.GetUtcNow().UtcDateTime, cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Two saves for one episode at once: the other refresh wrote the row. The data itself
            // is saved; a later change or "recompute" brings the record up to date.
            logger.LogWarning(e, "Outcome records for {Count} episodes not refreshed", episodes.Count);
            foreach (var entry in db.ChangeTracker.Entries<EpisodeOutcomeRecord>().Where(e => e.State != EntityState.Unchanged).ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
        finally
        {
            touched.Refreshing = false;
        }

        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is BackPlanDb db && db.SaveState<Touched>() is { Refreshing: false } touched)
        {
            touched.Episodes.Clear();
            touched.Patients.Clear();
        }

        return Task.CompletedTask;
    }

    // Modified: the property itself changed. Added or deleted: it held something (an answer, "done").
    private static bool Changed(EntityEntry entry, string property) => entry.State == EntityState.Modified
        ? entry.Property(property).IsModified
        : entry.Property(property).CurrentValue is not (null or false);

    private static void Collect(DbContext context, Touched touched)
    {
        var written = new List<Guid>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case EpisodeOutcomeRecord record:
                    written.Add(record.EpisodeId);
                    break;
                case Episode episode when entry.State != EntityState.Deleted:
                    touched.Episodes.Add(episode.Id);
                    break;
                case Appointment appointment:
                    touched.Patients.Add(appointment.PatientId);
                    break;
                case AdverseEvent adverse:
                    touched.Patients.Add(adverse.PatientId);
                    break;
                // Only what changes the record: a check's soreness answer, a log's "done". The
                // scheduler's new unanswered checks and pain or comment edits cost no refresh.
                case PostSessionCheck check when Changed(entry, nameof(PostSessionCheck.Soreness)):
                    touched.Patients.Add(check.PatientId);
                    break;
                case PostSessionCheck:
                    break;
                case ExerciseLog log when Changed(entry, nameof(ExerciseLog.Done)):
                    touched.Episodes.Add(log.EpisodeId);
                    break;
                case ExerciseLog:
                    break;
                default:
                    if (entry.Metadata.FindProperty("EpisodeId") is { ClrType: var type } property && type == typeof(Guid)
                        && entry.Property(property.Name).CurrentValue is Guid id)
                    {
                        touched.Episodes.Add(id);
                    }

                    break;
            }
        }

        // A save that writes an episode's record itself (the demo, the seeder) needs no refresh of it.
        touched.Episodes.ExceptWith(written);
    }
}
