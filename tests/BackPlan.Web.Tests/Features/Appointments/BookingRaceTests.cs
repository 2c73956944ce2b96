using System.Net;
using System.Net.Http.Json;
using BackPlan.Web.Features.Appointments;
using BackPlan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BackPlan.Web.Tests.Features.Appointments;

/// <summary>The booking race of issue #5: the database, not a check in code, lets exactly one request win.</summary>
public class BookingRaceTests(BackPlanApp app)
{
    private const int Racers = 50;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Book_ManyParallelRequestsForOneSlot_ExactlyOne201AndTheRest409()
    {
        var b = await BookingClinic.CreateAsync(app);
        var patients = await b.AddPatientsAsync(Racers);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var start = BookingClinic.LocalStart(14, 10);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Different patients and overlapping lengths, so each request passes the checks on its own.
        var racers = patients.Select((patient, i) => Task.Run(async () =>
        {
            await go.Task;
            return await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(patient, b.PractitionerId, i % 2 == 0 ? "treatment-60" : "treatment-30", start), Ct);
        }, Ct)).ToList();
        go.SetResult();
        var responses = await Task.WhenAll(racers);

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.True(statuses.Count(s => s == HttpStatusCode.Created) == 1, string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{g.Key}×{g.Count()}")));
        Assert.Equal(Racers - 1, statuses.Count(s => s == HttpStatusCode.Conflict));
        var winner = (await responses.Single(r => r.StatusCode == HttpStatusCode.Created).Content.ReadFromJsonAsync<AppointmentDto>(Ct))!;
        var booked = await b.QueryAsync(db => db.Appointments.Where(a => a.PractitionerId == b.PractitionerId).ToListAsync(Ct));
        Assert.Equal(winner.Id, Assert.Single(booked).Id);
        var claims = await b.QueryAsync(db => db.SlotClaims.Where(c => c.ResourceId == b.PractitionerId).CountAsync(Ct));
        Assert.Equal((int)(winner.End - winner.Start).TotalMinutes / SlotClaim.Minutes, claims);
    }

    [Fact]
    public async Task Book_ParallelRequestsForOneRoomWithDifferentPractitioners_ExactlyOneWins()
    {
        var b = await BookingClinic.CreateAsync(app);
        var second = await b.AddPractitionerAsync();
        var patients = await b.AddPatientsAsync(2 * 10);
        using var client = await b.Clinic.ClientAsAsync(b.Clinic.FrontDeskEmail);
        var start = BookingClinic.LocalStart(15, 9);
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var racers = patients.Select((patient, i) => Task.Run(async () =>
        {
            await go.Task;
            return await client.PostAsJsonAsync("/api/v1/appointments", BookingClinic.Request(patient, i % 2 == 0 ? b.PractitionerId : second, "treatment-45", start, b.RoomId), Ct);
        }, Ct)).ToList();
        go.SetResult();
        var statuses = (await Task.WhenAll(racers)).Select(r => r.StatusCode).ToList();

        Assert.Single(statuses, s => s == HttpStatusCode.Created);
        Assert.Equal(patients.Count - 1, statuses.Count(s => s == HttpStatusCode.Conflict));
    }
}
