using System.Buffers;
using System.Globalization;
using System.Text;
using McpPostmortem.Model;
using McpPostmortem.Serialization;

namespace McpPostmortem.Export;

/// <summary>
/// Action items as a CSV for Jira's CSV importer: a header row, one row per item, RFC 4180 quoting,
/// CRLF line ends, and one "Labels" column per label (the importer's way to set several). Cells are
/// neutralised against formula injection as OWASP advises for CSV: a cell that starts with = + - @,
/// tab or carriage return gets a leading apostrophe and is quoted, so a spreadsheet shows it as text.
/// </summary>
internal static class JiraCsvExporter
{
    // The first characters that make Excel, LibreOffice and Google Sheets read a cell as a formula.
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    // Jira rejects summaries longer than 255 characters.
    private const int MaxSummaryLength = 255;

    // The importer's default date format ("dd/MMM/yy h:mm a"), so no setting has to change.
    private const string DueDateFormat = "dd/MMM/yy h:mm tt";

    public static readonly IReadOnlyList<string> Header =
        ["Summary", "Issue Type", "Priority", "Due Date", "Description", "Owner", "Labels", "Labels", "Labels"];

    public const string Usage =
        "CSV for Jira's importer (Issues > Import issues from CSV). Map Summary, Issue Type, Priority, Due Date, " +
        "Description and Labels to the Jira fields of the same name; map Owner to a text custom field (owners " +
        "are teams or roles, not Jira users; set Assignee by hand). Due Date uses the importer's default date " +
        "format dd/MMM/yy h:mm a. Priority names are Jira's defaults: P0 Highest, P1 High, P2 Medium, P3 Low. " +
        "A cell that would start with =, +, -, @, a tab or a carriage return starts with an apostrophe instead " +
        "(OWASP's CSV-injection defence), so opening the file in a spreadsheet cannot run a formula; the " +
        "apostrophe stays in the imported text.";

    public static string Write(Postmortem postmortem, IReadOnlyList<ActionItem> items, ExportOptions options)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var item in items)
        {
            AppendRow(csv,
            [
                ExportText.Truncate(item.Action.ReplaceLineEndings(" ").Trim(), MaxSummaryLength),
                "Task",
                JiraPriority(item.Priority),
                item.DueDate?.ToDateTime(TimeOnly.MinValue).ToString(DueDateFormat, CultureInfo.InvariantCulture) ?? "",
                ExportText.Description(postmortem, item, options),
                item.Owner,
                "postmortem",
                "postmortem-" + postmortem.Id,
                "class-" + EnumNames.Of(item.Class),
            ]);
        }

        return csv.ToString();
    }

    /// <summary>The default Jira priority name for a postmortem priority.</summary>
    public static string JiraPriority(Priority priority) => priority switch
    {
        Priority.P0 => "Highest",
        Priority.P1 => "High",
        Priority.P2 => "Medium",
        _ => "Low",
    };

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Field(fields[i]));
        }

        csv.Append("\r\n");
    }

    /// <summary>One cell: neutralised against formulas, then quoted as RFC 4180 asks.</summary>
    public static string Field(string value)
    {
        var formula = value.Length > 0 && FormulaStarts.Contains(value[0]);
        if (formula)
        {
            value = "'" + value;
        }

        // RFC 4180: a field with a comma, quote or line break is quoted, with quotes doubled.
        if (!formula && value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
