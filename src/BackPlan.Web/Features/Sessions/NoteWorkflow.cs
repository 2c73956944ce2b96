using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Sessions;
using BackPlan.Web.Data;
using BackPlan.Web.Features.AfterSessions;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Clinics;
using BackPlan.Web.Features.HomeProgram;
using BackPlan.Web.Features.Plans;
using BackPlan.Web.Features.Staff;
using BackPlan.Web.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Sessions;

/// <summary>An appointment with its note (if any), the program its techniques link to, and its episode.</summary>
public sealed record NoteContext(AppointmentRow Row, SessionNote? Note, PlanVersion? Plan, Guid? EpisodeId)
{
    public Appointment Appointment => Row.Appointment;

    /// <summary>The indexes of the program's soft tissue elements: what a technique row may link to.</summary>
    public IReadOnlyList<int> SoftTissueElements => Plan is null ? [] :
        Plan.Elements.Select((e, i) => (e, i)).Where(x => x.e.Kind == PlanVocabulary.SoftTissue).Select(x => x.i).ToList();
}

/// <summary>
/// Writing, signing and adding to session notes. Every refusal is an English sentence the page
/// translates and the API returns as a ProblemDetails title.
/// </summary>
public sealed class NoteWorkflow(BackPlanDb db, CurrentUser user, TimeProvider time, ClinicClock clock, HomeExercises home)
{
    public async Task<NoteContext?> LoadAsync(Guid appointmentId, CancellationToken ct = default)
    {
        var row = await AppointmentRow.Query(db).FirstOrDefaultAsync(r => r.Appointment.Id == appointmentId, ct);
        if (row is null)
        {
            return null;
        }

        var note = await db.SessionNotes.Include(n => n.Addenda).FirstOrDefaultAsync(n => n.AppointmentId == appointmentId, ct);
        var episodeId = note is null ? await EpisodeOfAsync(row.Appointment, ct) : note.EpisodeId;
        PlanVersion? plan = null;
        if (note?.PlanVersionId is { } planId)
        {
            plan = await db.PlanVersions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
        }
        else if (note is null && episodeId is { } episode)
        {
            plan = await db.PlanVersions.AsNoTracking().FirstOrDefaultAsync(p => p.EpisodeId == episode && p.Status == PlanStatus.Approved, ct);
        }

        return new NoteContext(row, note, plan, episodeId);
    }

    /// <summary>Why the caller may not write this note now, or null when they may.</summary>
    public string? RefuseWriting(NoteContext context)
    {
        // The lock comes first: whoever asks, a signed note is never changed.
        if (context.Note?.IsLocked == true)
        {
            return NoteRefusals.Locked;
        }

        if (user.Role != Roles.Practitioner)
        {
            return NoteRefusals.NotPractitioner;
        }

        return context.Appointment.Status is AppointmentStatus.Cancelled or AppointmentStatus.NoShow ? NoteRefusals.NoSession
            : context.Appointment.StartUtc > time.GetUtcNow().UtcDateTime ? NoteRefusals.NotStarted
            : null;
    }

    /// <summary>The Subjective pre-draft from what was recorded since the patient's previous attended session.</summary>
    public async Task<IReadOnlyList<DraftLine>> PreDraftAsync(Appointment appointment, Guid? episodeId, CancellationToken ct = default)
    {
        var last = await db.Appointments.AsNoTracking()
            .Where(a => a.PatientId == appointment.PatientId && a.Status == AppointmentStatus.Attended && a.StartUtc < appointment.StartUtc)
            .OrderByDescending(a => a.StartUtc).FirstOrDefaultAsync(ct);
        // No earlier visit: everything recorded so far counts (no DateTime.MinValue sent to the database).
        DateTime? since = last?.StartUtc;
        var responses = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.PatientId == appointment.PatientId && r.Score != null && r.RecordedAt <= appointment.EndUtc)
            .Where(r => episodeId == null || r.EpisodeId == episodeId)
            .OrderBy(r => r.RecordedAt).Select(r => new { r.Instrument, r.Score, r.RecordedAt }).ToListAsync(ct);
        var scores = responses.Where(r => since == null || r.RecordedAt > since).GroupBy(r => r.Instrument).Select(g =>
        {
            var before = last is null ? null : responses.LastOrDefault(r => r.Instrument == g.Key && r.RecordedAt <= since)?.Score;
            return new ScoreTrend(g.Key, g.Key.ToUpperInvariant(), before, g.Last().Score!.Value);
        }).ToList();
        var missed = await db.Appointments.AsNoTracking()
            .Where(a => a.PatientId == appointment.PatientId && (since == null || a.StartUtc > since) && a.StartUtc < appointment.StartUtc)
            .Where(a => a.Status == AppointmentStatus.Cancelled || a.Status == AppointmentStatus.NoShow)
            .Select(a => new { a.Status, a.LateCancellation }).ToListAsync(ct);
        // The patient's answers to the check after that last session (AfterSessions), when they gave them.
        var check = last is null ? null : await db.Set<PostSessionCheck>().AsNoTracking()
            .Where(c => c.AppointmentId == last.Id && c.CompletedAt != null && c.Soreness != null)
            .Select(c => new { Soreness = c.Soreness!.Value, c.Settled, c.Unexpected }).FirstOrDefaultAsync(ct);
        DateOnly? lastDay = last is null ? null : DateOnly.FromDateTime(await clock.LocalAsync(last.StartUtc, ct));
        var visitDay = DateOnly.FromDateTime(await clock.LocalAsync(appointment.StartUtc, ct));
        // One read of the exercise log serves both the adherence and the patient's comments.
        var log = await db.Set<ExerciseLog>().AsNoTracking()
            .Where(l => l.PatientId == appointment.PatientId && (lastDay == null || l.Day >= lastDay) && l.Day <= visitDay)
            .OrderBy(l => l.Day).Select(l => new { l.Exercise, l.Day, l.Done, l.Pain, l.MadeWorse, l.Comment }).ToListAsync(ct);
        var homeProgram = await HomeProgramSinceAsync(
            appointment.PatientId, lastDay, visitDay, [.. log.Select(l => new LoggedExercise(l.Exercise, l.Day, l.Done, l.Pain, l.MadeWorse))], ct);
        // Flare-ups pressed in the portal since the last visit (Waitlist feature), each with its day, pain and note.
        var flareUps = new List<FlareUpFact>();
        foreach (var flare in await db.Set<Waitlist.FlareUp>().AsNoTracking()
            .Where(f => f.PatientId == appointment.PatientId && (since == null || f.RecordedAt > since) && f.RecordedAt <= appointment.StartUtc)
            .OrderBy(f => f.RecordedAt).Select(f => new { f.RecordedAt, f.Pain, f.Note }).ToListAsync(ct))
        {
            flareUps.Add(new FlareUpFact(DateOnly.FromDateTime(await clock.LocalAsync(flare.RecordedAt, ct)), flare.Pain, flare.Note));
        }

        // What the patient wrote in the exercise log since the last visit, under the exercise's name.
        var comments = log.Where(l => !string.IsNullOrWhiteSpace(l.Comment) && (lastDay == null || l.Day > lastDay)).ToList();

        return SubjectiveDraft.Compose(new SinceLastVisit(
            lastDay,
            scores,
            Cancellations: missed.Count(m => m.Status == AppointmentStatus.Cancelled),
            LateCancellations: missed.Count(m => m.Status == AppointmentStatus.Cancelled && m.LateCancellation),
            NoShows: missed.Count(m => m.Status == AppointmentStatus.NoShow),
            LastCheck: check is null ? null : new PostSessionCheckFact(check.Soreness, check.Settled == SettledAnswers.Yes, check.Unexpected),
            PatientComments: [.. comments.Select(c => $"{BackPlan.Clinical.Content.ExerciseLibrary.Find(c.Exercise)?.Name ?? c.Exercise}: {c.Comment}")],
            HomeProgram: homeProgram,
            FlareUpReports: flareUps));
    }

    /// <summary>The exercise log between the last visit (or the program's start) and this one, through the clinical adherence maths.</summary>
    private async Task<HomeProgramFact?> HomeProgramSinceAsync(Guid patientId, DateOnly? lastDay, DateOnly visitDay, List<LoggedExercise> log, CancellationToken ct)
    {
        var prescriptions = await home.PrescriptionsAsync(patientId, ct);
        if (prescriptions.Count == 0)
        {
            return null;
        }

        var from = lastDay ?? prescriptions.Min(p => p.From);
        return HomeProgramSince.Of(lastDay, visitDay, prescriptions, [.. log.Where(l => l.Day >= from)], code => BackPlan.Clinical.Content.ExerciseLibrary.Find(code)?.Name ?? code);
    }

    /// <summary>The techniques of the patient's latest signed note before this appointment; links kept only to the same program version.</summary>
    public async Task<List<AppliedTechnique>> PreviousTechniquesAsync(NoteContext context, CancellationToken ct = default)
    {
        var previous = await (
            from n in db.SessionNotes.AsNoTracking()
            join a in db.Appointments on n.AppointmentId equals a.Id
            where n.PatientId == context.Appointment.PatientId && n.Status == NoteStatus.SignedOff && a.StartUtc < context.Appointment.StartUtc
            orderby a.StartUtc descending
            select n).FirstOrDefaultAsync(ct);
        if (previous is null)
        {
            return [];
        }

        var samePlan = previous.PlanVersionId is not null && previous.PlanVersionId == context.Plan?.Id;
        return previous.Techniques.Select(t => samePlan ? t : t with { PlanElement = null }).ToList();
    }

    /// <summary>Saves the draft and, when <paramref name="sign"/>, signs it off; the refusal when not allowed.</summary>
    public async Task<string?> SaveAsync(NoteContext context, NoteEdit edit, bool sign, CancellationToken ct = default)
    {
        if (RefuseWriting(context) is { } refusal)
        {
            return refusal;
        }

        StaffMember? signer = null;
        if (sign)
        {
            signer = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == user.UserId && s.Role == Roles.Practitioner, ct);
            if (signer is null || !Licence.AllowsClinicalWork(signer.LicenceExpiresOn, await clock.TodayAsync(ct)))
            {
                return NoteRefusals.Licence;
            }
        }

        var now = time.GetUtcNow().UtcDateTime;
        var by = user.UserName ?? "unknown";
        var note = context.Note;
        if (note is null)
        {
            note = new SessionNote
            {
                PatientId = context.Appointment.PatientId,
                AppointmentId = context.Appointment.Id,
                EpisodeId = context.EpisodeId,
                PractitionerId = context.Appointment.PractitionerId,
                PlanVersionId = context.Plan?.Id,
                CreatedAt = now,
                CreatedBy = by,
            };
            db.SessionNotes.Add(note);
        }
        else
        {
            note.UpdatedAt = now;
            note.UpdatedBy = by;
        }

        note.Subjective = edit.Subjective;
        note.Objective = edit.Objective;
        note.SchoberCm = edit.SchoberCm;
        note.FingertipFloorCm = edit.FingertipFloorCm;
        note.Findings = [.. edit.Findings];
        note.Techniques = [.. edit.Techniques];
        note.Assessment = edit.Assessment;
        note.Plan = edit.Plan;
        if (signer is not null)
        {
            note.Status = NoteStatus.SignedOff;
            note.SignedAt = now;
            note.SignedBy = signer.FullName;
            note.SignedByStaffId = signer.Id;
            // A signed note says the session happened.
            if (context.Appointment.Status == AppointmentStatus.Booked)
            {
                context.Appointment.Status = AppointmentStatus.Attended;
            }
        }

        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Appends an addendum to a signed note; the refusal when not allowed.</summary>
    public async Task<string?> AddAddendumAsync(SessionNote note, string? text, CancellationToken ct = default)
    {
        if (user.Role != Roles.Practitioner)
        {
            return NoteRefusals.NotPractitioner;
        }

        if (!note.IsLocked)
        {
            return NoteRefusals.NotSigned;
        }

        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is 0 or > SessionNoteAddendum.MaxTextLength)
        {
            return NoteMessages.AddendumText;
        }

        // Added through its set: a new row with its key already set would otherwise be taken for an existing one.
        var addendum = new SessionNoteAddendum
        {
            PatientId = note.PatientId,
            NoteId = note.Id,
            Text = trimmed,
            Author = user.UserName ?? "unknown",
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.SessionNoteAddenda.Add(addendum);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The patient's latest episode begun by the appointment's local day.</summary>
    private async Task<Guid?> EpisodeOfAsync(Appointment appointment, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(await clock.LocalAsync(appointment.StartUtc, ct));
        return await db.Episodes.AsNoTracking().Where(e => e.PatientId == appointment.PatientId && e.StartedOn <= day)
            .OrderByDescending(e => e.StartedOn).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
    }
}

/// <summary>Why a note cannot be written, signed or added to (English; pages translate).</summary>
public static class NoteRefusals
{
    public const string NotPractitioner = "Only a practitioner may write session notes.";
    public const string Locked = "This note is signed and locked: it can no longer be changed. Add an addendum instead.";
    public const string NotSigned = "Addenda are for signed notes: edit the draft instead.";
    public const string NoSession = "The appointment was cancelled or missed: there is no session to write a note for.";
    public const string NotStarted = "A note can be written once the session has started.";
    public const string Licence = "Only a practitioner whose professional licence is valid today may sign a note.";

    public static IReadOnlyList<string> All { get; } = [NotPractitioner, Locked, NotSigned, NoSession, NotStarted, Licence];
}
