using System.Globalization;
using McpPostmortem.Errors;
using McpPostmortem.Serialization;

namespace McpPostmortem.Editing;

/// <summary>
/// Checks one argument at a time and says exactly what to change when it is wrong. Every message
/// names the argument as the caller sent it.
/// </summary>
public static class Input
{
    /// <summary>Trimmed text; refuses empty text when required and text over the limit.</summary>
    public static string Text(string? value, string argument, int maxLength, bool required = false)
    {
        var text = (value ?? "").Trim();
        if (required && text.Length == 0)
        {
            throw new PostmortemException($"'{argument}' is required and must not be empty.");
        }

        if (text.Length > maxLength)
        {
            throw new PostmortemException(
                $"'{argument}' is {text.Length} characters long; the limit is {maxLength}. Shorten it.");
        }

        return text;
    }

    /// <summary>A calendar date written as YYYY-MM-DD.</summary>
    public static DateOnly Date(string? value, string argument)
    {
        var text = (value ?? "").Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new PostmortemException(
            $"'{argument}' must be a date written as YYYY-MM-DD, such as 2025-07-23; got '{Clip(text)}'.");
    }

    /// <summary>An optional date: empty text gives null.</summary>
    public static DateOnly? OptionalDate(string? value, string argument) =>
        string.IsNullOrWhiteSpace(value) ? null : Date(value, argument);

    /// <summary>An enum value by its documented name ("SEV2", "in_review"), ignoring case.</summary>
    public static TEnum Enum<TEnum>(string? value, string argument)
        where TEnum : struct, System.Enum
    {
        if (EnumNames.Parse<TEnum>(value) is { } parsed)
        {
            return parsed;
        }

        throw new PostmortemException(
            $"'{argument}' must be one of {EnumNames.List<TEnum>()}; got '{Clip(value ?? "")}'.");
    }

    /// <summary>A list of non-empty lines, each within the limit.</summary>
    public static IReadOnlyList<string> Lines(IReadOnlyList<string>? values, string argument, int maxItems)
    {
        values ??= [];
        if (values.Count > maxItems)
        {
            throw new PostmortemException(
                $"'{argument}' has {values.Count} entries; the limit is {maxItems}. Send fewer.");
        }

        var lines = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var line = Text(values[i], $"{argument}[{i}]", Limits.MaxTextLength);
            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>A link: empty, or an absolute http(s) URL.</summary>
    public static string Link(string? value, string argument)
    {
        var text = Text(value, argument, Limits.MaxLineLength * 4);
        if (text.Length == 0)
        {
            return "";
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http"))
        {
            return uri.AbsoluteUri;
        }

        throw new PostmortemException(
            $"'{argument}' must be an absolute http or https URL, such as https://status.example.com/x; " +
            $"got '{Clip(text)}'. Leave it empty when there is no link.");
    }

    /// <summary>Shortens text quoted back in an error, so a huge argument does not become a huge error.</summary>
    public static string Clip(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
