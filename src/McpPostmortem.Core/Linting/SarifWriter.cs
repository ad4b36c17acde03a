using System.Text.Json;

namespace McpPostmortem.Linting;

/// <summary>
/// Writes findings as a SARIF 2.1.0 log for code-scanning upload: one run, one rule per blame
/// category, one result per finding with its file, line and column. Written by hand with a
/// Utf8JsonWriter so it needs no reflection (Native AOT).
/// </summary>
public static class SarifWriter
{
    /// <summary>The schema URI the log declares.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>Writes the log of findings, each with the path of the file it was found in.</summary>
    public static void Write(Stream output, IReadOnlyList<(string Path, LintFinding Finding)> findings, string toolVersion)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "mcp-postmortem");
        json.WriteString("version", string.IsNullOrWhiteSpace(toolVersion) ? "0.0.0" : toolVersion);
        json.WriteString("informationUri", "https://github.com/modelcontextprotocol");
        json.WriteStartArray("rules");
        foreach (var category in BlameCategories.All)
        {
            WriteRule(json, category);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        foreach (var (path, finding) in findings)
        {
            WriteResult(json, path, finding);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter json, BlameCategory category)
    {
        json.WriteStartObject();
        json.WriteString("id", category.RuleId);
        json.WriteString("name", ToPascal(category.Id));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", category.Message);
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", category.Advice);
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(category.Severity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, string path, LintFinding finding)
    {
        var index = IndexOf(finding.RuleId);
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        if (index >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", $"{finding.Message} Suggestion: {finding.Suggestion}");
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", path.Replace('\\', '/'));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, finding.Location.Line));
        json.WriteNumber("startColumn", Math.Max(1, finding.Location.Column));
        // A span that wraps ends on a later line at a column inside that line, not past the first line.
        var startLine = Math.Max(1, finding.Location.Line);
        var endLine = Math.Max(startLine, finding.Location.EndLine);
        var endColumn = endLine == startLine
            ? Math.Max(1, finding.Location.Column) + Math.Max(0, finding.Location.Length)
            : Math.Max(1, finding.Location.EndColumn);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", endColumn);
        json.WriteStartObject("snippet");
        json.WriteString("text", finding.Excerpt);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static int IndexOf(string ruleId)
    {
        for (var i = 0; i < BlameCategories.All.Count; i++)
        {
            if (BlameCategories.All[i].RuleId == ruleId)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Level(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };

    private static string ToPascal(string id) =>
        string.Concat(id.Split('-').Select(part => part.Length == 0 ? "" : char.ToUpperInvariant(part[0]) + part[1..]));
}
