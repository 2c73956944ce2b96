using System.Globalization;
using BackPlan.Clinical;
using BackPlan.Clinical.Plans;
using BackPlan.Clinical.Scoring;
using Microsoft.Extensions.Localization;
using Catalogue = BackPlan.Clinical.Scoring.Instruments;

namespace BackPlan.Web.Features.Examinations;

/// <summary>Field names of the examination page's forms.</summary>
public static class ExaminationFields
{
    public const string Code = "code";
    public const string Region = "region";
    public const string Side = "side";
    public const string Severity = "severity";
    public const string Remove = "remove";
    public const string SchoberCm = "schoberCm";
    public const string FingertipFloorCm = "fingertipFloorCm";
    public const string PostureObservations = "postureObservations";
    public const string StraightLegRaiseLeft = "slrLeft";
    public const string StraightLegRaiseRight = "slrRight";
    public const string NeurologicalSigns = "neurologicalSigns";
    public const string Notes = "notes";
}

/// <summary>The examination's validation messages: English keys of SharedResource, each translated.</summary>
public static class ExaminationMessages
{
    public const string ChooseFinding = "Choose a finding from the list.";
    public const string UnknownRegion = "Choose a region from the list.";
    public const string RegionRequired = "Choose the region where you found this.";
    public const string NoRegion = "This finding has no region: choose “No region”.";
    public const string UnknownSide = "Choose left, right or both sides.";
    public const string NoSide = "This finding has no side: choose “Not specified”.";
    public const string ChooseSeverity = "Choose a severity of 1, 2 or 3.";
    public const string TooManyFindings = "An examination holds at most {0} findings: remove one first.";
    public const string NumberFromTo = "Enter a number from {0} to {1}.";
    public const string TooLong = "Use at most {0} characters.";
    public const string ChooseTestResult = "Choose not tested, negative or positive.";

    public static IReadOnlyList<string> All { get; } =
    [
        ChooseFinding, UnknownRegion, RegionRequired, NoRegion, UnknownSide, NoSide, ChooseSeverity,
        TooManyFindings, NumberFromTo, TooLong, ChooseTestResult,
    ];
}

/// <summary>Range of motion measures, validated and banded by the clinical core's instruments.</summary>
public static class RangeOfMotion
{
    public const string Schober = "schober";
    public const string FingertipFloor = "fft";

    /// <summary>The clinical core's band (<c>normal</c> / <c>reduced</c>) for a Schober increase; null when none.</summary>
    public static string? SchoberBand(decimal? cm) => cm is { } value ? Score(Schober, value)?.Band : null;

    /// <summary>The band codes a Schober result can take.</summary>
    public static IReadOnlyList<string> SchoberBands => Catalogue.Find(Schober)!.Bands.Select(b => b.Code).ToList();

    /// <summary>The accepted range of an instrument's single item, for messages and input limits.</summary>
    public static (decimal Min, decimal Max) Range(string instrument)
    {
        var domain = Catalogue.Find(instrument)!.Items[0].Domain;
        return (domain.Min!.Value, domain.Max!.Value);
    }

    internal static ScoreResult? Score(string instrument, decimal value) =>
        Scorer.Score(instrument, new Dictionary<string, Answer?> { [Catalogue.Find(instrument)!.Items[0].Code] = new Answer.Number(value) }).Result;
}

public sealed record ExaminationMeasurements(
    decimal? SchoberCm,
    decimal? FingertipFloorCm,
    string? PostureObservations,
    bool? StraightLegRaiseLeft,
    bool? StraightLegRaiseRight,
    string? NeurologicalSigns,
    string? Notes);

/// <summary>
/// The posted values of one of the examination page's forms, kept as typed so a failed save shows
/// them again. Codes are checked against <see cref="PlanVocabulary"/>; ranges by the clinical core.
/// </summary>
public sealed class ExaminationForm(IReadOnlyDictionary<string, string> values)
{
    public static ExaminationForm Empty { get; } = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public static ExaminationForm Read(IFormCollection form) =>
        new(form.Where(f => !f.Key.StartsWith("__", StringComparison.Ordinal) && f.Key != "_handler")
            .ToDictionary(f => f.Key, f => f.Value.ToString().Trim(), StringComparer.Ordinal));

    /// <summary>The stored measurements as form values (numbers in invariant form, as number inputs expect).</summary>
    public static ExaminationForm Of(Examination? examination) => examination is null ? Empty : new(new Dictionary<string, string>
    {
        [ExaminationFields.SchoberCm] = Number(examination.SchoberCm),
        [ExaminationFields.FingertipFloorCm] = Number(examination.FingertipFloorCm),
        [ExaminationFields.PostureObservations] = examination.PostureObservations ?? "",
        [ExaminationFields.StraightLegRaiseLeft] = Flag(examination.StraightLegRaiseLeft),
        [ExaminationFields.StraightLegRaiseRight] = Flag(examination.StraightLegRaiseRight),
        [ExaminationFields.NeurologicalSigns] = examination.NeurologicalSigns ?? "",
        [ExaminationFields.Notes] = examination.Notes ?? "",
    });

    public string Value(string field) => Values.GetValueOrDefault(field, "");

    /// <summary>The finding of the "add a finding" form, or null with <paramref name="errors"/> filled in.</summary>
    public ExaminationFinding? ReadFinding(IStringLocalizer l, Dictionary<string, string[]> errors)
    {
        var info = PlanVocabulary.Finding(Value(ExaminationFields.Code));
        var region = Optional(ExaminationFields.Region);
        var side = Optional(ExaminationFields.Side);
        var start = errors.Count;
        if (info is null)
        {
            errors[ExaminationFields.Code] = [l[ExaminationMessages.ChooseFinding].Value];
        }

        if (region is not null && PlanVocabulary.Region(region) is null)
        {
            errors[ExaminationFields.Region] = [l[ExaminationMessages.UnknownRegion].Value];
        }
        else if (info?.Region == Applies.Required && region is null)
        {
            errors[ExaminationFields.Region] = [l[ExaminationMessages.RegionRequired].Value];
        }
        else if (info?.Region == Applies.No && region is not null)
        {
            errors[ExaminationFields.Region] = [l[ExaminationMessages.NoRegion].Value];
        }

        if (side is not null && !PlanVocabulary.Sides.Contains(side))
        {
            errors[ExaminationFields.Side] = [l[ExaminationMessages.UnknownSide].Value];
        }
        else if (info?.Side == Applies.No && side is not null)
        {
            errors[ExaminationFields.Side] = [l[ExaminationMessages.NoSide].Value];
        }

        if (!int.TryParse(Value(ExaminationFields.Severity), NumberStyles.None, CultureInfo.InvariantCulture, out var severity) || severity is < 1 or > 3)
        {
            errors[ExaminationFields.Severity] = [l[ExaminationMessages.ChooseSeverity].Value];
        }

        return errors.Count > start ? null : new ExaminationFinding(info!.Code, region, side, severity);
    }

    /// <summary>The "measurements and notes" form, or null with <paramref name="errors"/> filled in.</summary>
    public ExaminationMeasurements? ReadMeasurements(IStringLocalizer l, Dictionary<string, string[]> errors)
    {
        var start = errors.Count;
        var schober = Centimetres(ExaminationFields.SchoberCm, RangeOfMotion.Schober, l, errors);
        var fingertip = Centimetres(ExaminationFields.FingertipFloorCm, RangeOfMotion.FingertipFloor, l, errors);
        var posture = Text(ExaminationFields.PostureObservations, Examination.MaxTextLength, l, errors);
        var left = TestResult(ExaminationFields.StraightLegRaiseLeft, l, errors);
        var right = TestResult(ExaminationFields.StraightLegRaiseRight, l, errors);
        var neurological = Text(ExaminationFields.NeurologicalSigns, Examination.MaxTextLength, l, errors);
        var notes = Text(ExaminationFields.Notes, Examination.MaxNotesLength, l, errors);
        return errors.Count > start ? null : new ExaminationMeasurements(schober, fingertip, posture, left, right, neurological, notes);
    }

    private string? Optional(string field) => Value(field) is { Length: > 0 } value ? value : null;

    /// <summary>cm to one decimal; a comma is read as the decimal point (Polish keyboards). The core decides the range.</summary>
    private decimal? Centimetres(string field, string instrument, IStringLocalizer l, Dictionary<string, string[]> errors)
    {
        var text = Value(field);
        if (text.Length == 0)
        {
            return null;
        }

        if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            var rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
            if (RangeOfMotion.Score(instrument, rounded) is not null)
            {
                return rounded;
            }
        }

        var (min, max) = RangeOfMotion.Range(instrument);
        errors[field] = [l[ExaminationMessages.NumberFromTo, min, max].Value];
        return null;
    }

    private string? Text(string field, int max, IStringLocalizer l, Dictionary<string, string[]> errors)
    {
        var text = Value(field);
        if (text.Length > max)
        {
            errors[field] = [l[ExaminationMessages.TooLong, max].Value];
        }

        return text.Length == 0 ? null : text;
    }

    private bool? TestResult(string field, IStringLocalizer l, Dictionary<string, string[]> errors)
    {
        switch (Value(field))
        {
            case "":
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                errors[field] = [l[ExaminationMessages.ChooseTestResult].Value];
                return null;
        }
    }

    private static string Number(decimal? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? "";

    private static string Flag(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => "",
    };
}
