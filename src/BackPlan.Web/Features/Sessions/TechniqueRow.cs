using System.Globalization;
using BackPlan.Clinical.Plans;

namespace BackPlan.Web.Features.Sessions;

/// <summary>One applied technique as the note form's text fields (kept as typed after a failed save).</summary>
public sealed class TechniqueRow
{
    public string Technique { get; set; } = "";

    public string Region { get; set; } = "";

    public string Side { get; set; } = "";

    public string Minutes { get; set; } = "";

    public string Pressure { get; set; } = "";

    public string Response { get; set; } = "";

    public string ResponseNote { get; set; } = "";

    public string PlanElement { get; set; } = "";

    public bool Remove { get; set; }

    public bool IsBlank => Technique.Length == 0 && Region.Length == 0 && Minutes.Length == 0 && Pressure.Length == 0 && Response.Length == 0;

    public static TechniqueRow From(AppliedTechnique t) => new()
    {
        Technique = t.Technique,
        Region = t.Region,
        Side = t.Side ?? "",
        Minutes = t.Minutes.ToString(CultureInfo.InvariantCulture),
        Pressure = t.Pressure.ToString(CultureInfo.InvariantCulture),
        Response = t.Response,
        ResponseNote = t.ResponseNote ?? "",
        PlanElement = t.PlanElement?.ToString(CultureInfo.InvariantCulture) ?? "",
    };

    public static TechniqueRow Read(string prefix, Func<string, string> get) => new()
    {
        Technique = get($"{prefix}.technique"),
        Region = get($"{prefix}.region"),
        Side = get($"{prefix}.side"),
        Minutes = get($"{prefix}.minutes"),
        Pressure = get($"{prefix}.pressure"),
        Response = get($"{prefix}.response"),
        ResponseNote = get($"{prefix}.responseNote"),
        PlanElement = get($"{prefix}.planElement"),
        Remove = get($"{prefix}.remove") == "true",
    };

    /// <summary>
    /// The technique, or errors under "{prefix}.{field}". Codes come from <see cref="PlanVocabulary"/>;
    /// <paramref name="planElements"/> are the indexes of the approved plan's soft tissue elements.
    /// </summary>
    public AppliedTechnique? ToTechnique(string prefix, IReadOnlyCollection<int> planElements, Dictionary<string, string[]> errors)
    {
        var before = errors.Count;
        void Error(string field, string message) => errors[$"{prefix}.{field}"] = [message];
        if (PlanVocabulary.Technique(Technique) is null)
        {
            Error("technique", NoteMessages.ChooseTechnique);
        }

        if (PlanVocabulary.Region(Region) is null)
        {
            Error("region", NoteMessages.ChooseRegion);
        }

        if (Side.Length > 0 && !PlanVocabulary.Sides.Contains(Side))
        {
            Error("side", NoteMessages.ChooseSide);
        }

        var minutes = Whole(Minutes, 1, 180);
        if (minutes is null)
        {
            Error("minutes", NoteMessages.Minutes);
        }

        var pressure = Whole(Pressure, 1, 5);
        if (pressure is null)
        {
            Error("pressure", NoteMessages.Pressure);
        }

        if (!Responses.All.Contains(Response))
        {
            Error("response", NoteMessages.ChooseResponse);
        }

        if (ResponseNote.Length > 300)
        {
            Error("responseNote", NoteMessages.ResponseNoteTooLong);
        }

        int? element = null;
        if (PlanElement.Length > 0)
        {
            element = Whole(PlanElement, 0, 1000);
            if (element is null || !planElements.Contains(element.Value))
            {
                Error("planElement", NoteMessages.ChoosePlanElement);
            }
        }

        return errors.Count > before
            ? null
            : new AppliedTechnique(Technique, Region, Side.Length == 0 ? null : Side, minutes!.Value, pressure!.Value, Response, ResponseNote.Length == 0 ? null : ResponseNote, element);
    }

    private static int? Whole(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;
}
