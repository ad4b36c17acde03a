using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace McpPostmortem.Serialization;

/// <summary>
/// The documented names of enum values (the ones JSON uses), for text that shows them to people.
/// Reads [JsonStringEnumMemberName]; enum fields are kept by the trimmer, so this is AOT-safe.
/// </summary>
public static class EnumNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Names<TEnum>.Cache.GetOrAdd(value, static v =>
        {
            var name = v.ToString();
            var field = typeof(TEnum).GetField(name, BindingFlags.Public | BindingFlags.Static);
            return field?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? name;
        });

    /// <summary>Parses a documented name, ignoring case; null when it names no value.</summary>
    public static TEnum? Parse<TEnum>(string? text)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(value), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Every documented name, in declaration order, for error messages.</summary>
    public static string List<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(v => Of(v)));

    // One table per enum type, keyed by the value itself: rendering looks names up once per event,
    // and a table keyed by Enum would box every value to do it.
    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly ConcurrentDictionary<TEnum, string> Cache = new();
    }
}
