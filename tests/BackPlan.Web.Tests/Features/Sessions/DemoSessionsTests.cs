using BackPlan.Web.Data;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Features.Sessions;
using BackPlan.Web.Tests.Features.Demo;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackPlan.Web.Tests.Features.Sessions;

public class DemoSessionsTests(DemoApp demo) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task DemoEpisode_HasSignedNotesAttendanceAndANoteToWrite()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = demo.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BackPlanDb>();
        var notes = await db.SessionNotes.IgnoreQueryFilters().Include(n => n.Addenda).ToListAsync(ct);
        var patientId = notes.Select(n => n.PatientId).Distinct().Single();
        var pending = await db.Appointments.IgnoreQueryFilters().SingleAsync(a => a.PatientId == patientId && a.Status == AppointmentStatus.Booked && a.StartUtc < DateTime.UtcNow, ct);
        using var client = await Browserless.SignedInAsync(demo, "therapist@demo.backplan.test", TestClinic.Password);

        var patientPage = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/patients/{patientId}", ct));
        var signedPage = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/appointments/{notes[^1].AppointmentId}/note", ct));
        var pendingPage = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/appointments/{pending.Id}/note", ct));

        Assert.Equal(3, notes.Count(n => n.Status == NoteStatus.SignedOff));
        Assert.Single(notes.SelectMany(n => n.Addenda));
        Assert.All(notes, n => Assert.All(n.Techniques, t => Assert.NotNull(t.PlanElement)));
        Assert.Contains("3 of ", patientPage, StringComparison.Ordinal);
        Assert.Contains("not written yet", patientPage, StringComparison.Ordinal);
        Assert.Contains("Techniques applied", signedPage, StringComparison.Ordinal);
        Assert.Contains("NPRS 4 → 3 since the last visit.", pendingPage, StringComparison.Ordinal);
        Assert.Contains("Sign off", pendingPage, StringComparison.Ordinal);
    }
}
