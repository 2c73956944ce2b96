using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace BackPlan.Web.Features.Fhir;

/// <summary>The one place that turns Firely POCOs into FHIR JSON and back (strict: invalid FHIR is refused).</summary>
public static class FhirJson
{
    public const string MediaType = "application/fhir+json";

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();

    public const string NdjsonMediaType = "application/fhir+ndjson";

    private static readonly JsonSerializerOptions LineOptions = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static string Serialize(Resource resource) => JsonSerializer.Serialize(resource, resource.GetType(), Options);

    /// <summary>The resource on one line, as NDJSON (bulk export) needs it.</summary>
    public static string SerializeLine(Resource resource) => JsonSerializer.Serialize(resource, resource.GetType(), LineOptions);

    /// <summary>Parses a resource of type <typeparamref name="T"/>, or gives the problems that stop it.</summary>
    public static (T? Resource, string? Problem) Parse<T>(string json)
        where T : Resource
    {
        try
        {
            return JsonSerializer.Deserialize<Resource>(json, Options) switch
            {
                T resource => (resource, null),
                null => (null, "The body is empty."),
                var other => (null, $"Expected a {typeof(T).Name} resource, not {other.TypeName}."),
            };
        }
        catch (DeserializationFailedException e)
        {
            return (null, string.Join(" ", e.Exceptions.Select(x => x.Message).Take(10)));
        }
        catch (JsonException e)
        {
            return (null, e.Message);
        }
    }

    public static bool IsRequested(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));
}
