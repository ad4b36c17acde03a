using System.ComponentModel;
using McpPostmortem.Editing;
using McpPostmortem.Model;
using McpPostmortem.Serialization;
using McpPostmortem.Server.Results;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Tools;

/// <summary>The header and the sections that are one text or a list of sentences.</summary>
[McpServerToolType]
public sealed class SectionTools(Workspace workspace)
{
    private const string IdDescription = "Postmortem id from create_postmortem or list_postmortems.";

    [McpServerTool(Name = "set_header", UseStructuredContent = true, Idempotent = true)]
    [Description("Change the header: title, incident date, severity, time zone or authors. Arguments left " +
        "empty keep their value. Changing the time zone changes how times are shown, not the stored instants.")]
    public ChangeResult SetHeader(
        [Description(IdDescription)] string id,
        [Description("New short incident name, or empty to keep it.")] string title = "",
        [Description("New incident date as YYYY-MM-DD, or empty to keep it.")] string incident_date = "",
        [Description("SEV1 to SEV5, or empty to keep it.")] string severity = "",
        [Description("New IANA time zone such as 'Europe/Berlin', or empty to keep it.")] string timezone = "",
        [Description("The full list of authors with name and role; empty keeps the current list.")]
        IReadOnlyList<Author>? authors = null)
    {
        var changed = workspace.Change(id, "header",
            p => PostmortemEditor.SetHeader(p, title, incident_date, severity, timezone, authors));
        return Workspace.Result(changed, "Header updated.");
    }

    [McpServerTool(Name = "set_summary", UseStructuredContent = true, Idempotent = true)]
    [Description("Set the summary: 2-3 sentences on what broke, for how long, for whom, and the trigger, " +
        "with a system as the subject. Durations should match the timeline's metrics.")]
    public ChangeResult SetSummary(
        [Description(IdDescription)] string id,
        [Description("The summary text.")] string summary)
    {
        var changed = workspace.Change(id, "summary", p => PostmortemEditor.SetSummary(p, summary));
        return Workspace.Result(changed, "Summary set.");
    }

    [McpServerTool(Name = "set_impact", UseStructuredContent = true, Idempotent = true)]
    [Description("Set the measured impact. Each value is short text so estimates stay honest ('about 50,000'). " +
        "Unknown values stay empty; never invent numbers.")]
    public ChangeResult SetImpact(
        [Description(IdDescription)] string id,
        [Description("How long users were affected, such as '25 minutes (14:32-14:57 UTC)'.")] string duration = "",
        [Description("Who was affected and how many, such as 'all API users, about 50,000'.")]
        string users_affected = "",
        [Description("Failed requests, such as 'about 125,000'.")] string requests_failed = "",
        [Description("Revenue impact, such as 'about $15,000 in failed orders'.")] string revenue_impact = "",
        [Description("Any other measured effect (SLA credits, data loss, support tickets).")] string other = "")
    {
        var impact = new Impact
        {
            Duration = duration,
            UsersAffected = users_affected,
            RequestsFailed = requests_failed,
            RevenueImpact = revenue_impact,
            Other = other,
        };
        var changed = workspace.Change(id, "impact", p => PostmortemEditor.SetImpact(p, impact));
        return Workspace.Result(changed, "Impact set.");
    }

    [McpServerTool(Name = "set_root_cause", UseStructuredContent = true, Idempotent = true)]
    [Description("Set the root cause: the technical mechanism of the failure (what in the system broke and " +
        "why), not who made a change. Optionally attach the unified diff of the triggering change.")]
    public ChangeResult SetRootCause(
        [Description(IdDescription)] string id,
        [Description("Technical explanation, one or more paragraphs.")] string text,
        [Description("Optional unified diff of the change that triggered the incident.")] string diff = "")
    {
        var changed = workspace.Change(id, "root cause",
            p => PostmortemEditor.SetRootCause(p, text, diff));
        return Workspace.Result(changed, "Root cause set.");
    }

    [McpServerTool(Name = "set_section_items", UseStructuredContent = true)]
    [Description("Set or extend a list section: went_well, went_wrong, lessons_learned or prevention. One " +
        "sentence per item. Lessons are takeaways about the system; prevention lists measures that keep " +
        "this class of incident from recurring. By default the list is replaced; set append to add.")]
    public ChangeResult SetSectionItems(
        [Description(IdDescription)] string id,
        [Description("Which section: went_well, went_wrong, lessons_learned or prevention.")] ListSection section,
        [Description("The items, one sentence each.")] IReadOnlyList<string> items,
        [Description("true adds the items after the existing ones; false replaces the list.")] bool append = false)
    {
        var name = EnumNames.Of(section);
        var changed = workspace.Change(id, name,
            p => PostmortemEditor.SetList(p, section, items, append));
        var count = PostmortemEditor.Get(changed, section).Count;
        return Workspace.Result(changed, $"{name} now has {count} item(s).");
    }

    [McpServerTool(Name = "add_related_incident", UseStructuredContent = true)]
    [Description("Record an earlier incident that shares a cause or weakness with this one: its date, one " +
        "line on what happened, and a link to its postmortem when there is one.")]
    public ChangeResult AddRelatedIncident(
        [Description(IdDescription)] string id,
        [Description("One line on the earlier incident.")] string description,
        [Description("Its date as YYYY-MM-DD, or empty if unknown.")] string date = "",
        [Description("Link to its postmortem, or empty.")] string link = "")
    {
        var changed = workspace.Change(id, "related incident",
            p => PostmortemEditor.AddRelatedIncident(p, date, description, link));
        return Workspace.Result(changed, "Related incident added.");
    }

    [McpServerTool(Name = "add_to_appendix", UseStructuredContent = true)]
    [Description("Add supporting material to the appendix: monitoring graphs (title and URL), communication " +
        "log entries (messages sent during the incident), the code fix, or free notes. Empty arguments add nothing.")]
    public ChangeResult AddToAppendix(
        [Description(IdDescription)] string id,
        [Description("Graphs or dashboards, each with a title and a URL.")] IReadOnlyList<Graph>? graphs = null,
        [Description("Messages sent during the incident, oldest first.")]
        IReadOnlyList<string>? communication_log = null,
        [Description("The fix, as a diff or short code listing; replaces an earlier one.")] string code_fix = "",
        [Description("Free notes in Markdown (lists, tables, quotes, code blocks and headings of level 4 or " +
            "deeper are kept); replaces earlier notes.")] string notes = "")
    {
        var changed = workspace.Change(id, "appendix",
            p => PostmortemEditor.AddToAppendix(p, graphs ?? [], communication_log ?? [], code_fix, notes));
        return Workspace.Result(changed, "Appendix updated.");
    }
}
