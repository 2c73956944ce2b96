namespace BackPlan.Browser.Tests.Support;

/// <summary>The demo clinic's sign-ins (seeded by the app when Demo:Enabled is on).</summary>
public enum DemoRole
{
    Admin,
    Practitioner,

    /// <summary>The demo front desk sign-in (the inquiry inbox).</summary>
    FrontDesk,

    /// <summary>The demo patient's portal sign-in, linked to the first demo patient record.</summary>
    Patient,

    /// <summary>The second demo patient: an approved program with five weeks of exercise log and check-ins.</summary>
    PatientWithHistory,
}

public static class DemoAccounts
{
    public static string Email(DemoRole role) => role switch
    {
        DemoRole.Admin => "admin@demo.backplan.test",
        DemoRole.Practitioner => "therapist@demo.backplan.test",
        DemoRole.FrontDesk => "frontdesk@demo.backplan.test",
        DemoRole.Patient => "patient@demo.backplan.test",
        DemoRole.PatientWithHistory => "patient2@demo.backplan.test",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}
