using BackPlan.Web.Features.Clinics;

namespace BackPlan.Web.Features.Setup;

/// <summary>A new treatment room as typed on the booking set-up page.</summary>
public sealed class RoomInput
{
    public Guid? LocationId { get; set; }

    public string? Name { get; set; }

    public Dictionary<string, string[]> Validate(IEnumerable<Room> existing, IReadOnlyCollection<Guid> locations)
    {
        var errors = new Dictionary<string, string[]>();
        if (LocationId is not { } location || !locations.Contains(location))
        {
            errors[nameof(LocationId)] = ["Choose a location."];
        }

        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            errors[nameof(Name)] = ["Give a name of at most 100 characters."];
        }
        else if (existing.Any(r => r.LocationId == LocationId && string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors[nameof(Name)] = ["This location already has a room with this name."];
        }

        return errors;
    }
}
