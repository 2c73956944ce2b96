using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace BackPlan.Web.Data;

/// <summary>
/// Inserts many rows fast, with table names, column names and value conversions taken from the
/// app's EF Core model, so the rows are exactly what the app itself would write. SQLite: one
/// prepared INSERT reused in a transaction; PostgreSQL: binary COPY.
/// </summary>
public static class ModelBulkInsert
{
    public static async Task InsertAsync<T>(DbContext db, IEnumerable<T> rows)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Where(p => p.GetColumnName(table) is not null)
            .Select(p => new Column(
                p.GetColumnName(table)!,
                p.PropertyInfo ?? throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} is a shadow property"),
                p.GetRelationalTypeMapping(),
                p.IsNullable))
            .ToList();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        // Both providers quote identifiers with double quotes.
        static string Quote(string name) => $"\"{name}\"";
        var tableName = entityType.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);
        var columnList = string.Join(", ", columns.Select(c => Quote(c.Name)));
        if (connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, tableName, columnList, columns, rows);
        }
        else
        {
            await InsertEachAsync(connection, db.Database.CurrentTransaction?.GetDbTransaction(), tableName, columnList, columns, rows);
        }
    }

    // Inside the caller's transaction when there is one (SQLite has no nested transactions), else in its own.
    private static async Task InsertEachAsync<T>(DbConnection connection, DbTransaction? current, string table, string columnList, List<Column> columns, IEnumerable<T> rows)
    {
        await using (var pragma = connection.CreateCommand())
        {
            // A large page cache for this connection only: 1M rows into three secondary indexes
            // otherwise thrash SQLite's default 2 MB cache.
            pragma.CommandText = "PRAGMA cache_size = -1048576";
            await pragma.ExecuteNonQueryAsync();
        }

        var transaction = current ?? await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({columnList}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = columns.Select((c, i) =>
        {
            // The provider's own parameter set-up (DbType, size) for this column.
            var parameter = c.Mapping.CreateParameter(command, $"@p{i}", null, c.Nullable);
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].ProviderValue(row!) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync();
        }

        if (current is null)
        {
            await transaction.CommitAsync();
            await transaction.DisposeAsync();
        }
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string table, string columnList, List<Column> columns, IEnumerable<T> rows)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {table} ({columnList}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            foreach (var column in columns)
            {
                switch (column.ProviderValue(row!))
                {
                    case null: await writer.WriteNullAsync(); break;
                    case Guid g: await writer.WriteAsync(g, NpgsqlDbType.Uuid); break;
                    case string s: await writer.WriteAsync(s, NpgsqlDbType.Text); break;
                    case DateTime t: await writer.WriteAsync(t, NpgsqlDbType.TimestampTz); break;
                    case DateOnly d: await writer.WriteAsync(d, NpgsqlDbType.Date); break;
                    case int n: await writer.WriteAsync(n, NpgsqlDbType.Integer); break;
                    case long n: await writer.WriteAsync(n, NpgsqlDbType.Bigint); break;
                    case decimal m: await writer.WriteAsync(m, NpgsqlDbType.Numeric); break;
                    case bool b: await writer.WriteAsync(b, NpgsqlDbType.Boolean); break;
                    case double f: await writer.WriteAsync(f, NpgsqlDbType.Double); break;
                    case byte[] bytes: await writer.WriteAsync(bytes, NpgsqlDbType.Bytea); break;
                    case var other: throw new NotSupportedException($"{column.Name}: {other.GetType().Name}");
                }
            }
        }

        await writer.CompleteAsync();
    }

    private sealed record Column(string Name, PropertyInfo Property, RelationalTypeMapping Mapping, bool Nullable)
    {
        public object? ProviderValue(object row)
        {
            var value = Property.GetValue(row);
            return value is null || Mapping.Converter is null ? value : Mapping.Converter.ConvertToProvider(value);
        }
    }
}
