using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Platform.Auditing;

/// <summary>
/// The tamper-evident audit (decision 0031): each clinic's entries form a chain. An entry carries its
/// place in the chain (<see cref="AuditEntry.Sequence"/>, from 1) and the SHA-256 of the previous
/// entry's hash and its own fields, so changing, removing or inserting an entry breaks every link
/// after it (<see cref="AuditChainVerifier"/>).
/// </summary>
public static class AuditChain
{
    // pg_advisory_xact_lock(int, int): the first key names what is locked ("AUDT"), the second the clinic.
    private const int LockClass = 0x41554454;

    /// <summary>The hash of <paramref name="entry"/> linked to <paramref name="previousHash"/> (null for a chain's first entry).</summary>
    public static string HashOf(string? previousHash, AuditEntry entry)
    {
        // Every field with its length (or "-" for none): no two different entries give the same text.
        var text = new StringBuilder("backplan-audit-v1\n");
        foreach (var field in Fields(previousHash, entry))
        {
            text.Append(field is null ? "-" : $"{field.Length}:{field}").Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>
    /// The time as both databases keep it: PostgreSQL's timestamps hold microseconds, .NET's ticks are
    /// a tenth of that, and the hash must come out the same after the round trip.
    /// </summary>
    public static DateTime Stored(DateTime at) => new(at.Ticks - (at.Ticks % 10), DateTimeKind.Utc);

    /// <summary>
    /// Gives the entries being added their place and hash, after the last entry of their clinic. Runs
    /// inside the save's transaction with the clinic's chain locked until it commits: on PostgreSQL an
    /// advisory lock per clinic, on SQLite the write lock the transaction takes when it begins. The
    /// unique (ClinicId, Sequence) index would refuse a fork even so.
    /// </summary>
    internal static async Task LinkAsync(BackPlanDb db, IReadOnlyList<AuditEntry> added, CancellationToken ct)
    {
        // Clinics in one order, so two saves that touch the same clinics cannot wait for each other.
        foreach (var clinic in added.GroupBy(e => e.ClinicId).OrderBy(g => g.Key))
        {
            if (db is PostgresBackPlanDb)
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockClass}, {LockKey(clinic.Key)})", ct);
            }

            var head = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
                .Where(e => e.ClinicId == clinic.Key && e.Sequence != null)
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(ct);
            Extend(head?.Sequence ?? 0, head?.Hash, clinic);
        }
    }

    /// <summary>Gives <paramref name="entries"/> of one clinic, in order, their places and hashes after a chain's last entry (0 and null: a new chain).</summary>
    public static void Extend(long lastSequence, string? lastHash, IEnumerable<AuditEntry> entries)
    {
        foreach (var entry in entries)
        {
            entry.At = Stored(entry.At);
            entry.Sequence = ++lastSequence;
            entry.Hash = lastHash = HashOf(lastHash, entry);
        }
    }

    private static int LockKey(Guid clinic)
    {
        Span<int> parts = stackalloc int[4];
        clinic.TryWriteBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(parts));
        return parts[0] ^ parts[1] ^ parts[2] ^ parts[3];
    }

    private static IEnumerable<string?> Fields(string? previousHash, AuditEntry e) =>
    [
        previousHash,
        e.Sequence?.ToString(CultureInfo.InvariantCulture),
        e.Id.ToString("D"),
        e.ClinicId.ToString("D"),
        e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        e.UserId,
        e.UserName,
        e.Role,
        e.PatientId?.ToString("D"),
        e.Action,
        e.ClientIp,
        e.Detail,
    ];
}
