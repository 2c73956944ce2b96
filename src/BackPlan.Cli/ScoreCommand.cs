using System.CommandLine;
using BackPlan.Clinical.Scoring;

namespace BackPlan.Cli;

/// <summary>
/// <c>backplan score --instrument odi --in responses.csv --out scored.csv</c>. Exit code 0 when the
/// file was scored (even with row errors, which are in the error column); 1 when it could not be:
/// an unknown instrument, a missing input file, or a header that cannot be used.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var instrument = new Option<string>("--instrument") { Description = "Instrument code, e.g. odi, rmdq, nprs.", Required = true };
        var input = new Option<FileInfo>("--in") { Description = "CSV of responses: item codes as headers, one response a row.", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "CSV to write: the input columns plus score, band, complete, missing, error.", Required = true };
        var command = new Command("score", "Score a CSV file of questionnaire responses.") { instrument, input, output };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(instrument),
            parse.GetRequiredValue(input),
            parse.GetRequiredValue(output),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string code, FileInfo input, FileInfo output, TextWriter stdout, TextWriter stderr)
    {
        var instrument = Instruments.Find(code);
        if (instrument is null)
        {
            stderr.WriteLine($"Unknown instrument '{code}'. Known: {string.Join(", ", Instruments.All.Select(i => i.Code))}.");
            return 1;
        }

        if (!input.Exists)
        {
            stderr.WriteLine($"Input file not found: {input.FullName}");
            return 1;
        }

        ScoreSummary summary;
        try
        {
            using var reader = new StreamReader(input.FullName);
            using (var writer = new StreamWriter(output.FullName))
            {
                summary = CsvScoring.Run(instrument, reader, writer);
            }
        }
        catch (IOException e)
        {
            stderr.WriteLine($"Could not read or write a file: {e.Message}");
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"Could not read or write a file: {e.Message}");
            return 1;
        }

        if (summary.Failure is { } failure)
        {
            output.Delete();
            stderr.WriteLine($"Cannot score {input.Name}: {failure}");
            return 1;
        }

        stdout.WriteLine(summary.ToString());
        return 0;
    }
}
