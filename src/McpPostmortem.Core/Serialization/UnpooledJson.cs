using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace McpPostmortem.Serialization;

/// <summary>
/// JSON serialization into arrays of its own. The serializer's own methods build their output in
/// arrays rented from the shared pool, and the pool keeps the largest it has lent: after one long
/// timeline, megabytes of them stay with a server that then sits idle. Arrays made here go to the
/// collector once the caller is done with them.
/// </summary>
public static class UnpooledJson
{
    private const int InitialBytes = 16 * 1024;

    /// <summary>
    /// The value as UTF-8 JSON, written as its type's options say; <paramref name="encoder"/>, when
    /// given, decides the escaping instead.
    /// </summary>
    public static ReadOnlyMemory<byte> Serialize<T>(T value, JsonTypeInfo<T> typeInfo,
        JavaScriptEncoder? encoder = null)
    {
        var options = WriterOptions(typeInfo.Options);
        if (encoder is not null)
        {
            options.Encoder = encoder;
        }

        var buffer = new ArrayBufferWriter<byte>(InitialBytes);
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        return buffer.WrittenMemory;
    }

    /// <summary>The value as JSON text, written as its type's options say.</summary>
    public static string SerializeToString<T>(T value, JsonTypeInfo<T> typeInfo) =>
        Encoding.UTF8.GetString(Serialize(value, typeInfo).Span);

    // A writer given to the serializer takes its escaping and indentation from the writer's own
    // options, not the serializer's; copied here so the output matches the serializer's methods.
    private static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth,
        SkipValidation = true,
    };
}
