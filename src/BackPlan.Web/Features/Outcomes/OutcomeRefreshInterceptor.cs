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
/// recomputed and saved. One scoped instance per context, since it carries the touched ids from
/// SavingChanges to SavedChanges. Synchronous SaveChanges is not refreshed (the app saves asynchronously).
/// </summary>
public sealed class OutcomeRefreshInterceptor(TimeProvider time, IOptions<OutcomeOptions> options, ILogger<OutcomeRefreshInterceptor> logger) : SaveChangesInterceptor
{
    private readonly HashSet<Guid> _episodes = [];
    private readonly HashSet<Guid> _patients = [];
    private bool _refreshing;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (!_refreshing && eventData.Context is { } context)
        {
            Collect(context);
        }

        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_refreshing || eventData.Context is not BackPlanDb db || (_episodes.Count == 0 && _patients.Count == 0))
        {
            return result;
        }

        List<Guid> episodes = [.. _episodes], patients = [.. _patients];
        _episodes.Clear();
        _patients.Clear();
        _refreshing = true;
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
            _refreshing = false;
        }

        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!_refreshing)
        {
            _episodes.Clear();
            _patients.Clear();
        }

        return Task.CompletedTask;
    }

    // Modified: the property itself changed. Added or deleted: it held something (an answer, "done").
    private static bool Changed(EntityEntry entry, string property) => entry.State == EntityState.Modified
        ? entry.Property(property).IsModified
        : entry.Property(property).CurrentValue is not (null or false);

    private void Collect(DbContext context)
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
                    _episodes.Add(episode.Id);
                    break;
                case Appointment appointment:
                    _patients.Add(appointment.PatientId);
                    break;
                case AdverseEvent adverse:
                    _patients.Add(adverse.PatientId);
                    break;
                // Only what changes the record: a check's soreness answer, a log's "done". The
                // scheduler's new unanswered checks and pain or comment edits cost no refresh.
                case PostSessionCheck check when Changed(entry, nameof(PostSessionCheck.Soreness)):
                    _patients.Add(check.PatientId);
                    break;
                case PostSessionCheck:
                    break;
                case ExerciseLog log when Changed(entry, nameof(ExerciseLog.Done)):
                    _episodes.Add(log.EpisodeId);
                    break;
                case ExerciseLog:
                    break;
                default:
                    if (entry.Metadata.FindProperty("EpisodeId") is { ClrType: var type } property && type == typeof(Guid)
                        && entry.Property(property.Name).CurrentValue is Guid id)
                    {
                        _episodes.Add(id);
                    }

                    break;
            }
        }

        // A save that writes an episode's record itself (the demo, the seeder) needs no refresh of it.
        _episodes.ExceptWith(written);
    }
}
