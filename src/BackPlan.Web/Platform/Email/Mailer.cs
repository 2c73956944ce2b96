using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BackPlan.Web.Platform.Email;

/// <summary>Delivers one message by SMTP (MailKit), or into the pickup directory when no SMTP host is configured.</summary>
public sealed class Mailer(IOptions<EmailOptions> options, IWebHostEnvironment environment)
{
    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.MessageId = $"{message.Id}@backplan";
        var body = new BodyBuilder { TextBody = message.TextBody };
        if (message.AttachmentName is { } name && message.AttachmentContent is { } content)
        {
            var type = ContentType.Parse(message.AttachmentContentType ?? "application/octet-stream");
            type.Charset ??= "utf-8";
            body.Attachments.Add(name, System.Text.Encoding.UTF8.GetBytes(content), type);
        }

        mime.Body = body.ToMessageBody();

        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var directory = Path.GetFullPath(settings.PickupDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(directory);
            await mime.WriteToAsync(Path.Combine(directory, $"{message.Id}.eml"), ct);
            return;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.SmtpHost, settings.SmtpPort, settings.UseStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, ct);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await smtp.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", ct);
        }

        await smtp.SendAsync(mime, ct);
        await smtp.DisconnectAsync(quit: true, ct);
    }
}
