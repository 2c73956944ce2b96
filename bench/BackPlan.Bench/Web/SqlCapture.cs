using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackPlan.Bench.Web;

/// <summary>Records every command EF Core sends while <see cref="Enabled"/>: its SQL, parameters and time.</summary>
internal sealed class SqlCapture : DbCommandInterceptor
{
    public static SqlCapture Instance { get; } = new();

    private readonly ConcurrentQueue<CapturedCommand> _commands = new();

    public bool Enabled { get; set; }

    public List<CapturedCommand> Drain()
    {
        var list = new List<CapturedCommand>();
        while (_commands.TryDequeue(out var command))
        {
            list.Add(command);
        }

        return list;
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(command, eventData);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command, CommandExecutedEventData eventData)
    {
        if (Enabled)
        {
            var parameters = command.Parameters.Cast<DbParameter>().Select(p => new CapturedParameter(p.ParameterName, p.Value, p.DbType)).ToList();
            _commands.Enqueue(new CapturedCommand(command.CommandText, parameters, eventData.Duration));
        }
    }
}

internal sealed record CapturedParameter(string Name, object? Value, System.Data.DbType DbType);

internal sealed record CapturedCommand(string Sql, IReadOnlyList<CapturedParameter> Parameters, TimeSpan Duration);
