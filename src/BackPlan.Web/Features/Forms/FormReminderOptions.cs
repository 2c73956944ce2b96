namespace BackPlan.Web.Features.Forms;

/// <summary>Configuration section "Forms".</summary>
public sealed class FormReminderOptions
{
    public const string Section = "Forms";

    /// <summary>How often the reminder scan looks for overdue forms.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(15);
}
