using System.Globalization;
using McpPostmortem.Model;
using McpPostmortem.Serialization;

namespace McpPostmortem.Export;

/// <summary>Wording shared by the export formats, so every tracker gets the same facts.</summary>
internal static class ExportText
{
    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";

    public static string PriorityMeaning(Priority priority) => priority switch
    {
        Priority.P0 => "do now; blocks closing the incident",
        Priority.P1 => "this sprint, within 2 weeks",
        Priority.P2 => "within the quarter",
        _ => "nice to have",
    };

    /// <summary>The link for a file written beside the rendered postmortem, where a relative link works.</summary>
    public static string Link(Postmortem postmortem, ExportOptions options) =>
        options.PostmortemLink.Length > 0 ? options.PostmortemLink : postmortem.Id + ".md";

    /// <summary>
    /// Where a ticket finds the postmortem in plain text. Without a link a ticket lives elsewhere, so
    /// a relative link would lead nowhere: it names the id and the file instead.
    /// </summary>
    public static string Where(Postmortem postmortem, ExportOptions options) =>
        options.PostmortemLink.Length > 0
            ? options.PostmortemLink
            : $"id {postmortem.Id}, file {postmortem.Id}.md in the postmortems folder (no link was given)";

    /// <summary>A plain-text description of the item and where it comes from.</summary>
    public static string Description(Postmortem postmortem, ActionItem item, ExportOptions options) =>
        $"Action item {item.Id} from the postmortem \"{postmortem.Title}\" " +
        $"({EnumNames.Of(postmortem.Severity)}, incident of {Date(postmortem.IncidentDate)}).\n\n" +
        $"Action: {item.Action}\n" +
        $"Owner: {(item.Owner.Length > 0 ? item.Owner : "unassigned")}\n" +
        $"Due date: {Date(item.DueDate)}\n" +
        $"Priority: {EnumNames.Of(item.Priority)} ({PriorityMeaning(item.Priority)})\n" +
        $"Class: {EnumNames.Of(item.Class)}\n" +
        $"Status: {EnumNames.Of(item.Status)}\n\n" +
        $"Postmortem: {Where(postmortem, options)}";

    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..(max - 3)].TrimEnd() + "...";
}
