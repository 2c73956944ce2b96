using Catalogue = BackPlan.Clinical.Scoring.Instruments;
using BackPlan.Clinical.Scoring;
using BackPlan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Features.Instruments;

/// <summary>
/// The licence gate and the clinic's imported wording. Scoring is always open; sending a form to
/// patients is allowed only for free instruments or ones whose licence an admin has confirmed.
/// </summary>
public sealed class InstrumentSettings(BackPlanDb db)
{
    public async Task<bool> MaySendToPatientsAsync(string instrumentCode, CancellationToken ct = default)
    {
        var instrument = Catalogue.Find(instrumentCode);
        return instrument is not null
            && (instrument.Licence == Licences.Free || await db.InstrumentLicences.AnyAsync(l => l.InstrumentCode == instrumentCode, ct));
    }

    public Task<InstrumentLicence?> LicenceAsync(string instrumentCode, CancellationToken ct = default) =>
        db.InstrumentLicences.AsNoTracking().FirstOrDefaultAsync(l => l.InstrumentCode == instrumentCode, ct);

    public Task<InstrumentWording?> WordingAsync(string instrumentCode, CancellationToken ct = default) =>
        db.InstrumentWordings.AsNoTracking().FirstOrDefaultAsync(w => w.InstrumentCode == instrumentCode, ct);

    public async Task ConfirmLicenceAsync(string instrumentCode, string confirmedBy, string? note, DateTime now, CancellationToken ct = default)
    {
        var licence = await db.InstrumentLicences.FirstOrDefaultAsync(l => l.InstrumentCode == instrumentCode, ct);
        if (licence is null)
        {
            licence = new InstrumentLicence { InstrumentCode = instrumentCode, ConfirmedBy = confirmedBy };
            db.InstrumentLicences.Add(licence);
        }

        licence.ConfirmedBy = confirmedBy;
        licence.ConfirmedAt = now;
        licence.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await db.SaveChangesAsync(ct);
    }

    public async Task WithdrawLicenceAsync(string instrumentCode, CancellationToken ct = default) =>
        await db.InstrumentLicences.Where(l => l.InstrumentCode == instrumentCode).ExecuteDeleteAsync(ct);

    public async Task SaveWordingAsync(string instrumentCode, string title, Dictionary<string, string> texts, string json, string importedBy, DateTime now, CancellationToken ct = default)
    {
        var wording = await db.InstrumentWordings.FirstOrDefaultAsync(w => w.InstrumentCode == instrumentCode, ct);
        if (wording is null)
        {
            wording = new InstrumentWording { InstrumentCode = instrumentCode, Title = title, QuestionnaireJson = json, ImportedBy = importedBy };
            db.InstrumentWordings.Add(wording);
        }

        wording.Title = title;
        wording.ItemTexts = texts;
        wording.QuestionnaireJson = json;
        wording.ImportedBy = importedBy;
        wording.ImportedAt = now;
        await db.SaveChangesAsync(ct);
    }
}
