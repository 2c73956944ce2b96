using BackPlan.Web.Platform.Email;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.OutboxAdmin;

/// <summary>
/// The .eml files the mailer writes when no SMTP host is configured (development). The folder is
/// shared by every clinic, so a file is only ever found by the id of a message the caller's clinic
/// can see, never listed.
/// </summary>
public sealed class OutboxFiles(IOptions<EmailOptions> options, IWebHostEnvironment environment)
{
    /// <summary>The pickup folder, or null when mail goes out by SMTP.</summary>
    public string? PickupDirectory => string.IsNullOrWhiteSpace(options.Value.SmtpHost)
        ? Path.GetFullPath(options.Value.PickupDirectory, environment.ContentRootPath)
        : null;

    public string? PathOf(Guid messageId) =>
        PickupDirectory is { } folder && File.Exists(Path.Combine(folder, $"{messageId}.eml")) ? Path.Combine(folder, $"{messageId}.eml") : null;

    public bool Exists(Guid messageId) => PathOf(messageId) is not null;
}
