using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackPlan.Clinical;

/// <summary>
/// Reads a JSON value into an <see cref="Answer"/> without changing its type. JSON null arrives
/// as a C# null (not answered). Objects, arrays and numbers too large for decimal become
/// <see cref="Answer.Text"/> holding the raw JSON, so validation can name the item instead of
/// the whole request failing to bind.
/// </summary>
public sealed class AnswerJsonConverter : JsonConverter<Answer>
{
    public override Answer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return new Answer.Boolean(true);
            case JsonTokenType.False:
                return new Answer.Boolean(false);
            case JsonTokenType.String:
                return new Answer.Text(reader.GetString() ?? "");
            case JsonTokenType.Number when reader.TryGetDecimal(out var number):
                return new Answer.Number(number);
            default:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return new Answer.Text(document.RootElement.GetRawText());
                }
        }
    }

    public override void Write(Utf8JsonWriter writer, Answer value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case Answer.Number number:
                writer.WriteNumberValue(number.Value);
                break;
            case Answer.Boolean boolean:
                writer.WriteBooleanValue(boolean.Value);
                break;
            case Answer.Text text:
                writer.WriteStringValue(text.Value);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
