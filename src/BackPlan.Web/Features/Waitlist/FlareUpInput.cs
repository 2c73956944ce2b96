namespace BackPlan.Web.Features.Waitlist;

/// <summary>The flare-up form: both fields are optional, so pressing the button is enough.</summary>
public sealed class FlareUpInput
{
    public const string BadPain = "Choose a number from 0 to 10, or leave it empty.";
    public const string NoteTooLong = "Keep the note under 1000 characters.";

    public static IReadOnlyList<string> Messages { get; } = [BadPain, NoteTooLong];

    public int? Pain { get; set; }

    public string? Note { get; set; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Pain is < 0 or > 10)
        {
            errors[nameof(Pain)] = [BadPain];
        }

        if (Note?.Trim().Length > FlareUp.MaxNote)
        {
            errors[nameof(Note)] = [NoteTooLong];
        }

        return errors;
    }
}
