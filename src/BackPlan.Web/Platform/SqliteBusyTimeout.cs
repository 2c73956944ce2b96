using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackPlan.Web.Platform;

/// <summary>
/// Lets SQLite itself wait for a writer's lock (its busy handler retries within a millisecond or
/// two) instead of failing at once with SQLITE_BUSY, which Microsoft.Data.Sqlite answers by
/// sleeping 150 ms before it tries again: under concurrent writes that sleep was the p99
/// (docs/performance.md). Set on the native handle, so it costs no SQL statement per open.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    private const int Milliseconds = 30_000; // as long as Microsoft.Data.Sqlite's own default command timeout

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Set(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Set(connection);
        return Task.CompletedTask;
    }

    private static void Set(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, Milliseconds);
        }
    }
}
