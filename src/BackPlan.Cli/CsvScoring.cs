using System.Globalization;
using BackPlan.Clinical;
using BackPlan.Clinical.Scoring;
using CsvHelper;

namespace BackPlan.Cli;

/// <summary>
/// Scores a CSV file of responses, one response a row, item codes as column headers. Every input
/// column is passed through unchanged; score, band, complete, missing (item codes separated by
/// spaces) and error are added. A row with bad values is kept, with the error column naming the items.
/// </summary>
internal static class CsvScoring
{
    // The header is read as an ordinary record so that it passes through exactly as written.
    private static readonly CsvReaderOptions ReadOptions = new() { HasHeader = false };

    public static ScoreSummary Run(InstrumentDefinition instrument, TextReader input, TextWriter output)
    {
        using var reader = CsvReader.Create(input, ReadOptions, leaveOpen: true);
        if (!reader.Read())
        {
            return ScoreSummary.Failed("the input file is empty");
        }

        var header = Fields(reader);
        if (CsvHeader.Problem(instrument, header) is { } problem)
        {
            return ScoreSummary.Failed(problem);
        }

        using var writer = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        writer.WriteRecord([.. header, .. CsvHeader.AddedColumns]);
        var summary = new ScoreSummary(0, 0, 0, 0);
        while (reader.Read())
        {
            var cells = Fields(reader);
            var row = Enumerable.Range(0, header.Length).Select(i => i < cells.Length ? cells[i] : "").ToArray();
            var (added, kind) = cells.Length == header.Length
                ? ScoreRow(instrument, header, row)
                : (Failure($"row has {cells.Length} fields, the header has {header.Length}"), RowKind.Error);
            writer.WriteRecord([.. row, .. added]);
            summary = Count(summary, kind);
        }

        writer.Flush();
        return summary;
    }

    private enum RowKind
    {
        Scored,
        Incomplete,
        Error,
    }

    private static (string[] Added, RowKind Kind) ScoreRow(InstrumentDefinition instrument, string[] header, string[] row)
    {
        var answers = new Dictionary<string, Answer?>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (instrument.FindItem(header[i].Trim()) is { } item)
            {
                answers[item.Code] = AnswerText.Parse(row[i], item.Domain);
            }
        }

        var outcome = Scorer.Score(instrument.Code, answers);
        if (outcome.Result is not { } result)
        {
            return (Failure(string.Join("; ", outcome.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}"))), RowKind.Error);
        }

        string[] added =
        [
            result.Score?.ToString("0.0", CultureInfo.InvariantCulture) ?? "",
            result.Band ?? "",
            result.Complete ? "true" : "false",
            string.Join(' ', result.Missing),
            "",
        ];
        return (added, result.Complete ? RowKind.Scored : RowKind.Incomplete);
    }

    private static string[] Failure(string error) => ["", "", "", "", error];

    private static ScoreSummary Count(ScoreSummary s, RowKind kind) => kind switch
    {
        RowKind.Scored => s with { Rows = s.Rows + 1, Scored = s.Scored + 1 },
        RowKind.Incomplete => s with { Rows = s.Rows + 1, Incomplete = s.Incomplete + 1 },
        _ => s with { Rows = s.Rows + 1, Errors = s.Errors + 1 },
    };

    private static string[] Fields(CsvReader reader) =>
        Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray();
}
