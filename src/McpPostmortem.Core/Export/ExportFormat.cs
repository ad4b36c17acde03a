using System.Text.Json.Serialization;

namespace McpPostmortem.Export;

/// <summary>The tracker formats action items can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>A JSON array of GitHub issue drafts: title, body, labels.</summary>
    [JsonStringEnumMemberName("github")] GitHub,

    /// <summary>A CSV file for Jira's CSV importer.</summary>
    [JsonStringEnumMemberName("jira_csv")] JiraCsv,

    /// <summary>A Markdown task list to paste into a ticket, wiki or chat.</summary>
    [JsonStringEnumMemberName("markdown")] Markdown,
}
