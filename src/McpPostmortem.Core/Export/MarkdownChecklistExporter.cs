using System.Text;
using McpPostmortem.Model;
using McpPostmortem.Rendering;
using McpPostmortem.Serialization;

namespace McpPostmortem.Export;

/// <summary>Action items as a Markdown task list: checked when done, one line per item.</summary>
internal static class MarkdownChecklistExporter
{
    public const string Usage =
        "A Markdown task list (GitHub-flavoured '- [ ]' items). Paste it into an issue, a wiki page or a chat; " +
        "done items are checked.";

    public static string Write(Postmortem postmortem, IReadOnlyList<ActionItem> items, ExportOptions options)
    {
        var link = ExportText.Link(postmortem, options);
        var md = new StringBuilder();
        md.Append("# Action items: ").Append(MarkdownText.Line(postmortem.Title)).Append("\n\n");
        md.Append("From the postmortem [").Append(MarkdownText.Line(postmortem.Title)).Append("](")
            .Append(MarkdownText.Url(link)).Append(") (").Append(EnumNames.Of(postmortem.Severity))
            .Append(", incident of ").Append(ExportText.Date(postmortem.IncidentDate)).Append(").\n\n");
        if (items.Count == 0)
        {
            md.Append("_No action items to export._\n");
            return md.ToString();
        }

        foreach (var item in items)
        {
            var done = item.Status == ActionItemStatus.Done ? "x" : " ";
            md.Append("- [").Append(done).Append("] ").Append(MarkdownText.Line(item.Action))
                .Append(" (").Append(item.Id).Append(")\n");
            md.Append("  - Owner: ").Append(item.Owner.Length > 0 ? MarkdownText.Line(item.Owner) : "_unassigned_")
                .Append("; due ").Append(ExportText.Date(item.DueDate))
                .Append("; ").Append(EnumNames.Of(item.Priority))
                .Append("; ").Append(EnumNames.Of(item.Class))
                .Append("; ").Append(EnumNames.Of(item.Status)).Append('\n');
            if (item.TrackingLink.Length > 0)
            {
                md.Append("  - Ticket: <").Append(MarkdownText.Url(item.TrackingLink)).Append(">\n");
            }
        }

        return md.ToString();
    }
}
