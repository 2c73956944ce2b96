using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BackPlan.Web.Data;
using BackPlan.Web.Platform;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// The de-identified episode-level CSV and its data dictionary, both from one column list, so the
/// dictionary always describes the file. No names, contact details, birth dates or real ids; dates
/// shifted per patient (<see cref="Deidentification"/>).
/// </summary>
public static class OutcomeExport
{
    private static readonly ExportColumn[] Columns =
    [
        new("episode", "text", "Pseudonym of the episode (stable between exports of this clinic).", r => r.Episode),
        new("patient", "text", "Pseudonym of the patient: episodes of one patient share it.", r => r.Patient),
        new("age_band", "text", "Age at the start of the episode, in ten-year bands.", r => r.AgeBand),
        new("location", "text", "The clinic location's name (empty when unknown).", r => r.Location),
        new("practitioner", "text", "Pseudonym of the practitioner who saw the patient most.", r => r.Practitioner),
        new("duration_class", "text", "acute (< 4 weeks), subacute (4-12 weeks) or chronic (>= 12 weeks) at the first assessment.", r => r.Record.DurationClass),
        new("risk_group", "text", "STarT Back group at baseline: low, medium, high; empty when not screened.", r => r.Record.RiskGroup),
        new("composition", "text", "Last approved program: combined (soft tissue + exercise + education), soft_tissue_only, exercise_only, other; empty without one.", r => r.Record.Composition),
        new("started_on", "date (shifted)", "Day of the first assessment, shifted by the patient's offset.", r => r.Shift(r.Record.StartedOn)),
        new("ended_on", "date (shifted)", "Day of discharge or referral, shifted; empty while open.", r => r.Shift(r.Record.EndedOn)),
        new("completed", "boolean", "Discharged or referred.", r => r.Record.Completed),
        new("four_week_measure_on", "date (shifted)", "Day of the 4-week pain score, shifted; empty when missing.", r => r.Shift(r.Record.PainFourWeeksOn)),
        new("days_to_four_week_measure", "integer", "Days from the start to the 4-week pain score (not shifted: an interval).", r => r.Record.PainFourWeeksOn is { } on ? on.DayNumber - r.Record.StartedOn.DayNumber : null),
        new("pain_baseline", "number", "NPRS 0-10 at baseline.", r => r.Record.PainBaseline),
        new("pain_change_4w", "number", "NPRS change baseline to 4 weeks (negative = less pain).", r => r.Record.PainChangeFourWeeks),
        new("pain_change_discharge", "number", "NPRS change baseline to discharge.", r => r.Record.PainChangeDischarge),
        new("pain_responder_4w", "boolean", "NPRS decreased >= 2 points and >= 30 %; empty when not measured or baseline < 3.", r => r.Record.PainResponderFourWeeks),
        new("pain_responder_discharge", "boolean", "The same at discharge.", r => r.Record.PainResponderDischarge),
        new("pain_deteriorated_4w", "boolean", "NPRS increased >= 2 points.", r => r.Record.PainDeterioratedFourWeeks),
        new("pain_free_4w", "boolean", "NPRS 0 at 4 weeks.", r => r.Record.PainFreeFourWeeks),
        new("pain_free_discharge", "boolean", "NPRS 0 at discharge.", r => r.Record.PainFreeDischarge),
        new("function_instrument", "text", "odi (0-100) or rmdq (0-24).", r => r.Record.FunctionInstrument),
        new("function_baseline", "number", "Function score at baseline.", r => r.Record.FunctionBaseline),
        new("function_change_4w", "number", "Function change baseline to 4 weeks (negative = less disability).", r => r.Record.FunctionChangeFourWeeks),
        new("function_change_discharge", "number", "Function change baseline to discharge.", r => r.Record.FunctionChangeDischarge),
        new("function_responder_4w", "boolean", "ODI -10 points or -30 %; RMDQ -5 points or -30 %; empty below the evaluable baseline.", r => r.Record.FunctionResponderFourWeeks),
        new("function_responder_discharge", "boolean", "The same at discharge.", r => r.Record.FunctionResponderDischarge),
        new("function_deteriorated_4w", "boolean", "ODI +10 or RMDQ +5 points.", r => r.Record.FunctionDeterioratedFourWeeks),
        new("recovered_4w", "boolean", "NPRS 0 and RMDQ <= 2 (Kamper 2010); empty for ODI.", r => r.Record.RecoveredFourWeeks),
        new("psfs_change_4w", "number", "PSFS mean change (positive = better).", r => r.Record.PsfsChangeFourWeeks),
        new("psfs_responder_4w", "boolean", "PSFS increased >= 2 points.", r => r.Record.PsfsResponderFourWeeks),
        new("sleep_change_4w", "number", "Sleep quality (SQS 0-10) change (positive = better).", r => r.Record.SleepChangeFourWeeks),
        new("stress_change_4w", "number", "PSS-4 (0-16) change (negative = less stress).", r => r.Record.StressChangeFourWeeks),
        new("sessions_attended", "integer", "Appointments marked attended.", r => r.Record.SessionsAttended),
        new("sessions_missed", "integer", "Appointments marked no-show.", r => r.Record.SessionsMissed),
        new("adherence", "number", "Home-exercise adherence 0-1; empty when not recorded.", r => r.Record.Adherence),
        new("adverse_events", "integer", "Adverse events recorded; empty when not recorded.", r => r.Record.AdverseEvents),
        new("soreness_reports", "integer", "Post-treatment soreness reports; empty when not recorded.", r => r.Record.SorenessReports),
    ];

    /// <summary>The data dictionary as CSV: column, type, meaning.</summary>
    public static string Dictionary()
    {
        var text = new StringBuilder("column,type,meaning\n");
        foreach (var c in Columns)
        {
            text.Append(CsvField.Of(c.Name)).Append(',').Append(CsvField.Of(c.Type)).Append(',').Append(CsvField.Of(c.Meaning)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Writes the filtered episodes as CSV, streaming rows from the database.</summary>
    public static async Task WriteAsync(BackPlanDb db, OutcomeFilter filter, byte[] secret, TextWriter writer, CancellationToken ct = default)
    {
        await writer.WriteAsync(string.Join(',', Columns.Select(c => c.Name)) + "\n");
        var locations = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var rows = filter.Apply(db.Set<EpisodeOutcomeRecord>().AsNoTracking())
            .Join(db.Patients.AsNoTracking(), r => r.PatientId, p => p.Id, (r, p) => new { Record = r, p.DateOfBirth })
            .OrderBy(x => x.Record.StartedOn).ThenBy(x => x.Record.Id)
            .AsAsyncEnumerable();
        await foreach (var x in rows.WithCancellation(ct))
        {
            var r = x.Record;
            var age = r.StartedOn.Year - x.DateOfBirth.Year - (x.DateOfBirth.AddYears(r.StartedOn.Year - x.DateOfBirth.Year) > r.StartedOn ? 1 : 0);
            var row = new ExportRow(
                r,
                Deidentification.Pseudonym(secret, "episode", r.EpisodeId),
                Deidentification.Pseudonym(secret, "patient", r.PatientId),
                Deidentification.AgeBand(age),
                r.LocationId is { } l ? locations.GetValueOrDefault(l) : null,
                r.PractitionerId is { } p ? Deidentification.Pseudonym(secret, "practitioner", p)[..8] : null,
                Deidentification.DayShift(secret, r.PatientId));
            await writer.WriteAsync(string.Join(',', Columns.Select(c => CsvField.Of(Format(c.Value(row))))) + "\n");
        }
    }

    /// <summary>The clinic's export secret, made on first use.</summary>
    public static async Task<byte[]> SecretAsync(BackPlanDb db, TimeProvider time, CancellationToken ct = default)
    {
        if (await db.Set<OutcomeExportKey>().AsNoTracking().OrderBy(k => k.Id).FirstOrDefaultAsync(ct) is { } key)
        {
            return key.Secret;
        }

        var created = new OutcomeExportKey { Secret = RandomNumberGenerator.GetBytes(32), CreatedAt = time.GetUtcNow().UtcDateTime };
        db.Add(created);
        try
        {
            await db.SaveChangesAsync(ct);
            return created.Secret;
        }
        catch (DbUpdateException)
        {
            // Another first export made the key a moment earlier: use that one.
            db.Entry(created).State = EntityState.Detached;
            return (await db.Set<OutcomeExportKey>().AsNoTracking().OrderBy(k => k.Id).FirstAsync(ct)).Secret;
        }
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString(),
    };

    private sealed record ExportColumn(string Name, string Type, string Meaning, Func<ExportRow, object?> Value);

    private sealed record ExportRow(EpisodeOutcomeRecord Record, string Episode, string Patient, string AgeBand, string? Location, string? Practitioner, int ShiftDays)
    {
        public DateOnly? Shift(DateOnly? date) => date?.AddDays(ShiftDays);
    }
}
