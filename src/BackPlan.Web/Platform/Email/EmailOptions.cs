namespace BackPlan.Web.Platform.Email;

/// <summary>Email settings (section "Email"). Without an SMTP host, messages are written as .eml files instead.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "BackPlan <no-reply@backplan.localhost>";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    /// <summary>StartTls when the server offers it (the default), or None for a local relay.</summary>
    public bool UseStartTls { get; set; } = true;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>Where .eml files go when no SMTP host is set (relative to the content root).</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    /// <summary>How often the sender looks for due messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The public address of this BackPlan, for links in emails.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";
}
