using McpPostmortem.Errors;

namespace McpPostmortem.Rendering;

/// <summary>
/// Checks template names: plain names of letters, digits, '-' and '_', so a name can never reach
/// outside the templates folder.
/// </summary>
public static class TemplateName
{
    /// <summary>The extension of a template file in the templates folder.</summary>
    public const string Extension = ".scriban";

    /// <summary>The longest name accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>True for a plain name such as "default", "team-review" or "exec_brief".</summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || !char.IsAsciiLetterOrDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the name, or throws a caller-fixable error naming the argument.</summary>
    public static string Require(string? name, string argument = "template")
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^Extension.Length];
        }

        if (IsValid(trimmed))
        {
            return trimmed;
        }

        throw new PostmortemException(
            $"'{argument}' must be a template name such as 'default', 'google-sre', 'external' or the " +
            $"name of a .scriban file in the templates folder: letters, digits, '-' and '_', at most " +
            $"{MaxLength} characters, no folders or '..'. Call list_templates to see the names.");
    }
}
