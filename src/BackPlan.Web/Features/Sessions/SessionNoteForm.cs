using System.Globalization;
using BackPlan.Web.Features.Examinations;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace BackPlan.Web.Features.Sessions;

/// <summary>What a saved note holds, after validation.</summary>
public sealed record NoteEdit(
    string? Subjective,
    string? Objective,
    decimal? SchoberCm,
    decimal? FingertipFloorCm,
    IReadOnlyList<ExaminationFinding> Findings,
    IReadOnlyList<AppliedTechnique> Techniques,
    string? Assessment,
    string? Plan);

/// <summary>
/// The note page's form: SOAP texts, range of motion, findings and technique rows as typed text,
/// so a failed save shows exactly what was entered. Findings and range of motion are checked by
/// the examination's own rules (<see cref="ExaminationForm"/>), techniques by <see cref="TechniqueRow"/>.
/// </summary>
public sealed class SessionNoteForm
{
    public string Subjective { get; set; } = "";

    public string Objective { get; set; } = "";

    public string SchoberCm { get; set; } = "";

    public string FingertipFloorCm { get; set; } = "";

    public string Assessment { get; set; } = "";

    public string Plan { get; set; } = "";

    public List<Dictionary<string, string>> Findings { get; } = [];

    public List<TechniqueRow> Techniques { get; } = [];

    public static SessionNoteForm From(SessionNote note)
    {
        var form = new SessionNoteForm
        {
            Subjective = note.Subjective ?? "",
            Objective = note.Objective ?? "",
            SchoberCm = Number(note.SchoberCm),
            FingertipFloorCm = Number(note.FingertipFloorCm),
            Assessment = note.Assessment ?? "",
            Plan = note.Plan ?? "",
        };
        form.Findings.AddRange(note.Findings.Select(f => new Dictionary<string, string>
        {
            [ExaminationFields.Code] = f.Code,
            [ExaminationFields.Region] = f.Region ?? "",
            [ExaminationFields.Side] = f.Side ?? "",
            [ExaminationFields.Severity] = f.Severity.ToString(CultureInfo.InvariantCulture),
        }));
        form.Techniques.AddRange(note.Techniques.Select(TechniqueRow.From));
        return form;
    }

    public static SessionNoteForm Read(IReadOnlyDictionary<string, StringValues> posted)
    {
        string Get(string key) => posted.TryGetValue(key, out var v) ? v.ToString().Trim() : "";
        var form = new SessionNoteForm
        {
            Subjective = Get("subjective"),
            Objective = Get("objective"),
            SchoberCm = Get(ExaminationFields.SchoberCm),
            FingertipFloorCm = Get(ExaminationFields.FingertipFloorCm),
            Assessment = Get("assessment"),
            Plan = Get("plan"),
        };
        for (var i = 0; i < Count(Get("findings")); i++)
        {
            var row = new[] { ExaminationFields.Code, ExaminationFields.Region, ExaminationFields.Side, ExaminationFields.Severity }
                .ToDictionary(f => f, f => Get($"f{i}.{f}"));
            // The blank row for a new finding counts only when a finding was chosen; a removed row is dropped.
            if (row[ExaminationFields.Code].Length > 0 && Get($"f{i}.remove") != "true")
            {
                form.Findings.Add(row);
            }
        }

        for (var i = 0; i < Count(Get("techniques")); i++)
        {
            var row = TechniqueRow.Read($"t{i}", Get);
            if (!row.IsBlank && !row.Remove)
            {
                form.Techniques.Add(row);
            }
        }

        return form;
    }

    /// <summary>The edit, or the errors by field name ("t2.minutes", "f0.region", "subjective").</summary>
    public (NoteEdit? Edit, Dictionary<string, string[]> Errors) Validate(IReadOnlyCollection<int> planElements, IStringLocalizer l)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var (name, text) in new[] { ("subjective", Subjective), ("objective", Objective), ("assessment", Assessment), ("plan", Plan) })
        {
            if (text.Length > SessionNote.MaxTextLength)
            {
                errors[name] = [NoteMessages.TextTooLong];
            }
        }

        // Range of motion and findings follow the examination's rules and messages.
        var measurements = new ExaminationForm(new Dictionary<string, string>
        {
            [ExaminationFields.SchoberCm] = SchoberCm,
            [ExaminationFields.FingertipFloorCm] = FingertipFloorCm,
        }).ReadMeasurements(l, errors);
        var findings = new List<ExaminationFinding>();
        for (var i = 0; i < Findings.Count; i++)
        {
            var found = new Dictionary<string, string[]>();
            if (new ExaminationForm(Findings[i]).ReadFinding(l, found) is { } finding)
            {
                findings.Add(finding);
            }

            foreach (var (field, messages) in found)
            {
                errors[$"f{i}.{field}"] = messages;
            }
        }

        var techniques = new List<AppliedTechnique>();
        for (var i = 0; i < Techniques.Count; i++)
        {
            if (Techniques[i].ToTechnique($"t{i}", planElements, errors) is { } technique)
            {
                techniques.Add(technique);
            }
        }

        if (Findings.Count > SessionNote.MaxRows)
        {
            errors["findings"] = [NoteMessages.TooManyRows];
        }

        if (Techniques.Count > SessionNote.MaxRows)
        {
            errors["techniques"] = [NoteMessages.TooManyRows];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new NoteEdit(Blank(Subjective), Blank(Objective), measurements!.SchoberCm, measurements.FingertipFloorCm,
            findings, techniques, Blank(Assessment), Blank(Plan)), errors);
    }

    private static int Count(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Min(n, SessionNote.MaxRows + 1) : 0;

    private static string Number(decimal? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
