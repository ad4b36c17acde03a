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
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Cache.GetOrAdd(value, static v =>
        {
            var name = v.ToString();
            var field = v.GetType().GetField(name, BindingFlags.Public | BindingFlags.Static);
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
}
