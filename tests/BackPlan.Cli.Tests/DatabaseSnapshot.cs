using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Cli.Tests;

/// <summary>Every row of every table in the app's EF model, each row as text, in a fixed order: two snapshots are equal when every record is.</summary>
internal sealed record DatabaseSnapshot(IReadOnlyList<(string Table, IReadOnlyList<string> Rows)> Tables)
{
    public int RowsOf(string table) => Tables.Single(t => t.Table == table).Rows.Count;

    public static Task<DatabaseSnapshot> TakeAsync(CliDatabase database) => database.QueryAsync(async db =>
    {
        var ct = TestContext.Current.CancellationToken;
        var tables = db.Model.GetEntityTypes()
            .Where(type => type.GetTableName() is not null)
            .Select(type => (Schema: type.GetSchema(), Name: type.GetTableName()!))
            .Distinct()
            .OrderBy(table => table.Name, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(tables);
        await db.Database.OpenConnectionAsync(ct);
        var snapshot = new List<(string, IReadOnlyList<string>)>();
        foreach (var (schema, name) in tables)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = schema is null ? $"""SELECT * FROM "{name}" """ : $"""SELECT * FROM "{schema}"."{name}" """;
            snapshot.Add((name, await RowsAsync(command, ct)));
        }

        return new DatabaseSnapshot(snapshot);
    });

    private static async Task<IReadOnlyList<string>> RowsAsync(DbCommand command, CancellationToken ct)
    {
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={Text(reader.GetValue(i))}")));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static string Text(object value) => value switch
    {
        DBNull => "null",
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        string text => text,
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object>().Select(Text)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
