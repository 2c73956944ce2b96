using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BackPlan.Web.Tests.Support;

/// <summary>
/// The repository's compose.yaml as Docker Compose reads it: the parts BackPlan uses, with the
/// variables filled in (no container engine runs here, so the file is checked by reading it).
/// </summary>
public sealed partial class ComposeFile
{
    public Dictionary<string, ComposeService> Services { get; set; } = [];

    public Dictionary<string, object?> Volumes { get; set; } = [];

    /// <summary>Reads compose.yaml with these variables set in the shell (none: every default applies).</summary>
    public static ComposeFile Load(IReadOnlyDictionary<string, string>? variables = null)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "compose.yaml"));
        return new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<ComposeFile>(Interpolate(text, variables ?? new Dictionary<string, string>()));
    }

    /// <summary>
    /// Compose's interpolation, in the forms this file uses: <c>${NAME:-default}</c>, <c>${NAME}</c> and
    /// <c>$NAME</c> from the shell, and <c>$$</c> for a dollar that reaches the container as it is.
    /// </summary>
    public static string Interpolate(string text, IReadOnlyDictionary<string, string> variables) =>
        Variable().Replace(text, m => m.Value == "$$"
            ? "$"
            : variables.GetValueOrDefault(m.Groups["name"].Value) ?? m.Groups["default"].Value);

    [GeneratedRegex(@"\$\$|\$\{(?<name>\w+)(?::-(?<default>[^}]*))?\}|\$(?<name>\w+)")]
    private static partial Regex Variable();
}

public sealed class ComposeService
{
    public string? Image { get; set; }

    public string? PullPolicy { get; set; }

    public Dictionary<string, string> Environment { get; set; } = [];

    public List<string> Ports { get; set; } = [];

    public List<string> Volumes { get; set; } = [];

    public Dictionary<string, ComposeDependency> DependsOn { get; set; } = [];

    public ComposeHealthcheck? Healthcheck { get; set; }
}

public sealed class ComposeDependency
{
    public string? Condition { get; set; }
}

public sealed class ComposeHealthcheck
{
    public List<string> Test { get; set; } = [];
}
