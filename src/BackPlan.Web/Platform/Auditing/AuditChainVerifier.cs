using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Platform.Auditing;

/// <summary>What <see cref="AuditChainVerifier"/> found in one clinic's chain.</summary>
/// <param name="ClinicId">The clinic.</param>
/// <param name="Verified">Entries from the first whose links hold: the whole chain when it is intact, so also the last entry's place.</param>
/// <param name="BeforeTheChain">Entries written before the chain existed (decision 0031): not covered by it.</param>
/// <param name="HeadHash">The hash of the last verified entry, to note down and compare with a later run.</param>
/// <param name="Break">The first broken link, or null when the chain is intact.</param>
public sealed record AuditChainReport(Guid ClinicId, long Verified, long BeforeTheChain, string? HeadHash, AuditChainBreak? Break);

/// <summary>The first link that does not hold: where, and why.</summary>
public sealed record AuditChainBreak(long Sequence, Guid? EntryId, DateTime? At, string Reason);

/// <summary>
/// Walks each clinic's audit chain from its first entry and reports the first link that does not
/// hold: an entry changed after it was written (its hash no longer matches), a place with no entry
/// (one was removed), or an entry outside the chain written after the chain began (one was slipped in).
/// A chain cut short at its end leaves no broken link; the head it reports is for noting down
/// elsewhere and comparing later (docs/security.md).
/// </summary>
public static class AuditChainVerifier
{
    public static async Task<List<AuditChainReport>> VerifyAsync(BackPlanDb db, Guid? onlyClinic, CancellationToken ct)
    {
        var entries = db.AuditEntries.IgnoreQueryFilters().AsNoTracking();
        var clinics = await db.Clinics.IgnoreQueryFilters().AsNoTracking().Select(c => c.Id)
            .Union(entries.Select(e => e.ClinicId))
            .Where(id => onlyClinic == null || id == onlyClinic)
            .OrderBy(id => id)
            .ToListAsync(ct);
        var reports = new List<AuditChainReport>();
        foreach (var clinic in clinics)
        {
            reports.Add(await VerifyClinicAsync(entries.Where(e => e.ClinicId == clinic), clinic, ct));
        }

        return reports;
    }

    private static async Task<AuditChainReport> VerifyClinicAsync(IQueryable<AuditEntry> entries, Guid clinic, CancellationToken ct)
    {
        long expected = 1;
        string? hash = null;
        DateTime? firstAt = null;
        AuditChainBreak? broken = null;
        await foreach (var entry in entries.Where(e => e.Sequence != null).OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            firstAt ??= entry.At;
            if (entry.Sequence != expected)
            {
                broken = new(expected, null, null, $"entry {expected} is missing: the next entry in the chain is {entry.Sequence}");
                break;
            }

            if (AuditChain.HashOf(hash, entry) != entry.Hash)
            {
                broken = new(expected, entry.Id, entry.At, "the entry does not match its hash: it was changed after it was written, or the one before it was");
                break;
            }

            hash = entry.Hash;
            expected++;
        }

        var unchained = entries.Where(e => e.Sequence == null);
        if (broken is null && firstAt is { } start
            && await unchained.Where(e => e.At > start).OrderBy(e => e.At).FirstOrDefaultAsync(ct) is { } slipped)
        {
            broken = new(0, slipped.Id, slipped.At, "an entry without a place in the chain was written after the chain began");
        }

        return new(clinic, expected - 1, await unchained.LongCountAsync(ct), hash, broken);
    }
}
