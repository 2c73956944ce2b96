using System.Data.Common;
using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackPlan.Web.Features.PublicSite;

/// <summary>
/// Empties the public page cache after every saved change to an <see cref="IShownOnPublicSite"/>
/// entity, whichever page or service saved it; inside a transaction, once more when it commits (a
/// page rendered before the commit may have stored the old rows). One instance serves every
/// (pooled) context; "something public changed" goes from SavingChanges to SavedChanges on the
/// context (<see cref="Pending"/>).
/// </summary>
public sealed class PublicSiteEviction(PublicSiteSchedule site) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>One context's pending evictions.</summary>
    internal sealed class Pending
    {
        public bool Changed { get; set; }

        public bool AfterCommit { get; set; }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData.Context))
        {
            site.EvictAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData.Context))
        {
            await site.EvictAsync(CancellationToken.None);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (PendingOf(eventData.Context) is { AfterCommit: true } pending)
        {
            pending.AfterCommit = false;
            site.EvictAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
    }

    async Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        if (PendingOf(eventData.Context) is { AfterCommit: true } pending)
        {
            pending.AfterCommit = false;
            await site.EvictAsync(CancellationToken.None);
        }
    }

    private static Pending? PendingOf(DbContext? context) => (context as BackPlanDb)?.SaveState<Pending>();

    private static void Forget(DbContext? context)
    {
        if (PendingOf(context) is { } pending)
        {
            pending.Changed = false;
        }
    }

    private static void Collect(DbContext? context)
    {
        if (PendingOf(context) is { } pending && context!.ChangeTracker.Entries()
            .Any(e => e.Entity is IShownOnPublicSite && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            pending.Changed = true;
        }
    }

    private static bool Saved(DbContext? context)
    {
        if (PendingOf(context) is not { Changed: true } pending)
        {
            return false;
        }

        pending.Changed = false;
        pending.AfterCommit |= context!.Database.CurrentTransaction is not null;
        return true;
    }
}
