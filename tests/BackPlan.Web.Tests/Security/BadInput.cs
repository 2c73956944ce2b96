using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace BackPlan.Web.Tests.Security;

/// <summary>Generated bad input, all from one seeded <see cref="Random"/> so a run can be repeated exactly.</summary>
public sealed class BadInput(Random random)
{
    private static readonly string[] Strings =
    [
        "", " ", "null", "undefined", "NaN", "-1", "0", "1e309", "99999999999999999999999", "-2147483649", "9223372036854775808",
        "' OR '1'='1", "1; DROP TABLE \"Patients\"--", "\" OR 1=1 --", "%00", "\0", "../../etc/passwd", "..%2f..%2f",
        "<script>alert(1)</script>", "{{7*7}}", "${7*7}", "Zażółć gęślą jaźń", "𝕳𝖊𝖑𝖑𝖔 🙂👍🏽", "\u202Eevil", "\uFEFF", "\uFFFF",
        "2024-13-45", "2024-02-30", "0001-01-01", "9999-12-31T23:59:59Z", "-0001-01-01", "2024-01-01T25:61:61", "yesterday",
        "00000000-0000-0000-0000-000000000000", "not-a-guid", "true", "[]", "{}", "Patient/", "Patient/../../x", "gt", "lt2024", "eq", "ne-5",
        "odi,nprs,,", ",,,", "a|b", "*", "%", "_", "\\", "\r\n\r\nX-Injected: 1",
    ];

    private static readonly string[] QueryNames =
    [
        "search", "page", "pageSize", "from", "to", "date", "day", "start", "end", "patient", "patientId", "practitioner", "practitionerId",
        "type", "typeId", "status", "location", "locationId", "room", "name", "birthdate", "code", "subject", "_id", "_count", "_format",
        "_include", "_revinclude", "_sort", "_summary", "_elements", "_offset", "days", "week", "q", "language",
    ];

    public string Text()
    {
        return random.Next(6) switch
        {
            0 => new string('A', random.Next(5_000, 70_000)),
            1 => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(0x20, 0xD7FF))),
            2 => random.NextInt64(long.MinValue, long.MaxValue).ToString(CultureInfo.InvariantCulture),
            3 => Guid.NewGuid().ToString(),
            _ => Strings[random.Next(Strings.Length)],
        };
    }

    /// <summary>A bad text of at most <paramref name="max"/> characters.</summary>
    public string Clipped(int max)
    {
        var text = Text();
        return text.Length > max ? text[..max] : text;
    }

    /// <summary>A query string of a few known and unknown names with bad values (sometimes repeated).</summary>
    public string Query()
    {
        var parts = Enumerable.Range(0, random.Next(1, 5))
            .Select(_ => $"{(random.Next(5) == 0 ? Clipped(20) : QueryNames[random.Next(QueryNames.Length)])}={Escape(Text())}")
            .Select(p => p.Length > 0 && p[0] == '=' ? "x" + p : p);
        return "?" + string.Join('&', parts);
    }

    /// <summary>A route value to put in place of a parameter.</summary>
    // A NUL in the path is refused by the server (Kestrel, and the test host) before the app sees it.
    public string RouteValue() => Escape(random.Next(3) == 0 ? Guid.NewGuid().ToString() : Clipped(300)).Replace("%00", "", StringComparison.Ordinal);

    /// <summary>A request body: malformed or wrongly typed JSON for <paramref name="fields"/>, or another content type.</summary>
    public HttpContent Body(IReadOnlyList<string> fields)
    {
        return random.Next(10) switch
        {
            0 => new StringContent(MalformedJson(), Encoding.UTF8, "application/json"),
            1 => new StringContent(Text(), Encoding.UTF8, random.Next(2) == 0 ? "text/plain" : "application/xml"),
            2 => new FormUrlEncodedContent(fields.Take(5).Select(f => new KeyValuePair<string, string>(f, Clipped(2_000)))),
            3 => new StringContent(Deep(random.Next(64, 2_000)), Encoding.UTF8, "application/json"),
            4 => new ByteArrayContent([0xFF, 0xFE, 0x00, 0x7B, 0xC3]) { Headers = { ContentType = new("application/json") } },
            _ => new StringContent(WrongTypes(fields).ToJsonString(), Encoding.UTF8, random.Next(8) == 0 ? "application/fhir+json" : "application/json"),
        };
    }

    private JsonObject WrongTypes(IReadOnlyList<string> fields)
    {
        var body = new JsonObject();
        foreach (var field in fields.Where(_ => random.Next(4) != 0))
        {
            body[field] = Value(depth: 0);
        }

        if (random.Next(3) == 0)
        {
            body[Clipped(40)] = Value(depth: 0);
        }

        return body;
    }

    private JsonNode? Value(int depth) => random.Next(depth > 2 ? 7 : 9) switch
    {
        0 => null,
        1 => JsonValue.Create(Text()),
        2 => JsonValue.Create(random.Next(2) == 0 ? long.MinValue : long.MaxValue),
        3 => JsonValue.Create(random.NextDouble() * 1e308 * (random.Next(2) == 0 ? -1 : 1)),
        4 => JsonValue.Create(random.Next(2) == 0),
        5 => JsonValue.Create(-random.Next(1, 1_000_000)),
        6 => JsonValue.Create(Strings[random.Next(Strings.Length)]),
        7 => new JsonArray(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Value(depth + 1)).ToArray()),
        _ => new JsonObject { ["x"] = Value(depth + 1), [Clipped(10)] = Value(depth + 1) },
    };

    private string MalformedJson() => random.Next(8) switch
    {
        0 => "{",
        1 => "{\"a\":}",
        2 => "[1,2,",
        3 => "{'single': 'quotes'}",
        4 => "{\"a\":1,}",
        5 => "\"just a string\"",
        6 => "{\"a\": 1e99999}",
        _ => "{\"a\": \"\\uD800\"}",
    };

    private static string Deep(int depth) => new string('[', depth) + new string(']', depth);

    private static string Escape(string value) => Uri.EscapeDataString(value.Length > 30_000 ? value[..30_000] : value);
}
