using System.Text.RegularExpressions;
using BackPlan.Web.Platform.Tenancy;
using BackPlan.Web.Tests.Support;

namespace BackPlan.Web.Tests.Security;

/// <summary>
/// The expected answers of every endpoint, read from authorization-matrix.txt (its header says how
/// to read and extend it). One row per endpoint: the route values to fill in, then the answer for
/// the anonymous caller and for each role, per target.
/// </summary>
public sealed partial record MatrixRow(string Key, IReadOnlyDictionary<string, string> Values, string? SkipReason, IReadOnlyDictionary<string, IReadOnlyList<string>> Answers, int Line)
{
    public const string FileName = "authorization-matrix.txt";

    public static readonly string FilePath = Path.Combine(Repository.Root, "tests", "BackPlan.Web.Tests", "Security", FileName);

    /// <summary>The callers, in the table's column order.</summary>
    public static readonly IReadOnlyList<string> Callers = [Anonymous, Roles.Patient, Roles.FrontDesk, Roles.Practitioner, Roles.Admin];

    public const string Anonymous = "anonymous";

    /// <summary>The answer classes a cell may hold.</summary>
    public static readonly IReadOnlySet<string> Classes = new HashSet<string> { "ok", "signin", "400", "403", "404", "405", "409" };

    /// <summary>Own patient, another patient of the clinic, a patient of another clinic; or this clinic and another; or none.</summary>
    public IReadOnlyList<Target> Targets =>
        Values.Values.Any(v => v.StartsWith('@') && DemoRecords.PatientKinds.Contains(v[1..])) ? [Target.Own, Target.OtherPatient, Target.OtherClinic]
        : Values.Values.Any(v => v.StartsWith('@')) ? [Target.Own, Target.OtherClinic]
        : [Target.Own];

    public static IReadOnlyList<MatrixRow> Load()
    {
        var rows = new List<MatrixRow>();
        var lines = File.ReadAllLines(FilePath);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            rows.Add(Parse(line, i + 1));
        }

        return rows;
    }

    private static MatrixRow Parse(string line, int number)
    {
        var cells = line.Split('|').Select(c => c.Trim()).ToArray();
        string Where() => $"{FileName} line {number} ({cells[0]})";
        if (cells.Length == 3 && cells[1] == "skip")
        {
            return new MatrixRow(cells[0], new Dictionary<string, string>(), cells[2], new Dictionary<string, IReadOnlyList<string>>(), number);
        }

        if (cells.Length != 2 + Callers.Count)
        {
            throw new FormatException($"{Where()}: expected {2 + Callers.Count} cells separated by '|' (endpoint | route values | anonymous | Patient | FrontDesk | Practitioner | Admin), or 'endpoint | skip | reason'.");
        }

        var values = new Dictionary<string, string>();
        foreach (var pair in cells[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(p => p != "-"))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || (parts[1].StartsWith('@') && !DemoRecords.IsKnownKind(parts[1][1..])))
            {
                throw new FormatException($"{Where()}: route value '{pair}' must be name=value or name=@kind, kinds: {string.Join(", ", DemoRecords.PatientKinds.Concat(DemoRecords.ClinicKinds))}.");
            }

            values[parts[0]] = parts[1];
        }

        var row = new MatrixRow(cells[0], values, null, new Dictionary<string, IReadOnlyList<string>>(), number);
        var answers = new Dictionary<string, IReadOnlyList<string>>();
        for (var c = 0; c < Callers.Count; c++)
        {
            var cell = cells[2 + c].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var expected = Callers[c] == Anonymous ? 1 : row.Targets.Count;
            if (cell.Length != expected || cell.Any(a => !Classes.Contains(a)))
            {
                throw new FormatException($"{Where()}: the {Callers[c]} cell '{cells[2 + c]}' must hold {expected} answer(s) from: {string.Join(" ", Classes)}.");
            }

            answers[Callers[c]] = cell;
        }

        return row with { Answers = answers };
    }

    /// <summary>The route with its values filled in; <paramref name="records"/> supplies the `@kind` ids.</summary>
    public string PathFor(DemoRecords records, Target target) =>
        ParameterPattern().Replace(Key[(Key.IndexOf(' ', StringComparison.Ordinal) + 1)..], m =>
        {
            var name = m.Groups["name"].Value;
            if (!Values.TryGetValue(name, out var value))
            {
                throw new InvalidOperationException($"{FileName} line {Line} ({Key}): no value for the route parameter '{name}' (add {name}=... to its route values).");
            }

            return Uri.EscapeDataString(value.StartsWith('@') ? records.IdOf(value[1..], target == Target.OtherPatient) : value);
        });

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z_]+)(:[^}]*)?\??\}")]
    private static partial Regex ParameterPattern();
}

public enum Target
{
    Own,
    OtherPatient,
    OtherClinic,
}
