using System.Globalization;
using BackPlan.Clinical.Screening;
using BackPlan.Web.Data;
using BackPlan.Web.Features.PublicSite;
using BackPlan.Web.Platform.Email;
using BackPlan.Web.Platform.Tenancy;
using BackPlan.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BackPlan.Web.Features.Inquiries;

/// <summary>
/// Takes an inquiry from the public form: the spam checks, then the inquiry, a confirmation to the
/// visitor and an alert to the front desk, all in one unit of work (emails go through the outbox).
/// </summary>
public sealed class InquiryReceiver(
    BackPlanDb db,
    PublicClinic publicClinic,
    Outbox outbox,
    FormTimer timer,
    TimeProvider time,
    IStringLocalizer<SharedResource> localizer,
    IOptions<EmailOptions> email,
    IOptions<InquiryOptions> options)
{
    /// <summary>The key of errors about the whole form rather than one field.</summary>
    public const string FormKey = "Form";

    /// <summary>Field → messages (English; pages translate them); empty when the inquiry was stored.</summary>
    public async Task<Dictionary<string, string[]>> ReceiveAsync(InquiryInput input, bool rateLimited, CancellationToken ct = default)
    {
        var errors = input.Validate();
        var refusal = rateLimited ? PublicPostLimit.Message
            : !string.IsNullOrEmpty(input.Website) ? "Your request could not be sent. Please try again."
            : timer.Check(input.Started, options.Value.MinimumFillTime);
        if (refusal is not null)
        {
            errors[FormKey] = [refusal];
        }

        var clinic = errors.Count == 0 ? await publicClinic.ResolveAsync(ct) : null;
        if (errors.Count == 0 && clinic is null)
        {
            errors[FormKey] = ["The clinic cannot take requests at the moment."];
        }

        if (errors.Count > 0 || clinic is null)
        {
            return errors;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var urgency = input.SelfCheck is Urgency.None or Urgency.Routine ? input.SelfCheck : null;
        var flags = urgency is null ? [] : (input.SelfCheckFlags ?? "").Split(',').Where(c => RedFlags.Items.Any(i => i.Code == c)).Distinct().ToList();
        var inquiry = new Inquiry
        {
            ClinicId = clinic.Id,
            Name = input.Name!.Trim(),
            Email = Blank(input.Email),
            Phone = Blank(input.Phone),
            PreferredContactTimes = Blank(input.PreferredContactTimes),
            Description = input.Description!.Trim(),
            Duration = input.DurationClass,
            ContactConsentAt = now,
            SelfCheckUrgency = urgency,
            SelfCheckFlags = flags.Count > 0 ? string.Join(',', flags) : null,
            Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Set<Inquiry>().Add(inquiry);
        if (inquiry.Email is { } to)
        {
            outbox.Enqueue("inquiry-confirmation", to, localizer["{0}: we have received your request", clinic.Name], Confirmation(inquiry, clinic.Name)).ClinicId = clinic.Id;
        }

        await AlertFrontDeskAsync(inquiry, ct);
        await db.SaveChangesAsync(ct);
        return errors;
    }

    // In the visitor's language, and without their health details: email is not a safe place for them.
    private string Confirmation(Inquiry inquiry, string clinicName) => string.Join("\n\n",
        localizer["Hello {0},", inquiry.Name],
        localizer["Thank you for asking {0} to create a program for your back.", clinicName],
        localizer["What happens next: someone from our front desk will contact you, at the times you gave if possible, usually within one working day, to arrange a first assessment."],
        localizer["If before then you notice new trouble passing urine, loss of bowel control, numbness between your legs or weakness in your legs, go to an emergency department straight away."],
        localizer["If you did not send this request, you can ignore this email."]);

    private async Task AlertFrontDeskAsync(Inquiry inquiry, CancellationToken ct)
    {
        var staff = db.Staff.IgnoreQueryFilters().AsNoTracking().Where(s => s.ClinicId == inquiry.ClinicId);
        var recipients = await staff.Where(s => s.Role == Roles.FrontDesk).Select(s => s.Email).ToListAsync(ct);
        if (recipients.Count == 0)
        {
            // A clinic without front desk staff: its admins answer the website.
            recipients = await staff.Where(s => s.Role == Roles.Admin).Select(s => s.Email).ToListAsync(ct);
        }

        var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/inquiries/{inquiry.Id}";
        foreach (var to in recipients)
        {
            outbox.Enqueue("inquiry-alert", to, "BackPlan: a new inquiry from the website", $"""
                A visitor asked for a tailored program on the website.

                Sign in to read the inquiry and to contact them:
                {link}

                This email leaves out personal and health details on purpose.
                """).ClinicId = inquiry.ClinicId;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
