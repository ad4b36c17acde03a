using System.ComponentModel;
using McpPostmortem.Editing;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Server.Results;
using McpPostmortem.Storage;
using McpPostmortem.Timeline;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Tools;

/// <summary>Creating, finding and reading postmortems.</summary>
[McpServerToolType]
public sealed class PostmortemTools(Workspace workspace)
{
    // A window this size holds a usual incident's whole timeline; longer ones come in parts, so one
    // read of a day-long timeline does not fill the model's context or pass a client's limit on tool
    // output (Claude Code's default is 25,000 tokens; 50 events with the rest of a postmortem stay
    // well under it).
    private const int DefaultTimelineLimit = 50;

    private const int MaxTimelineLimit = 1000;

    [McpServerTool(Name = "create_postmortem", UseStructuredContent = true, Idempotent = false)]
    [Description("Start a new blameless postmortem for one incident and get its id. Call this first, once per " +
        "incident, then fill the sections with the other tools (timeline, impact, root cause, factors, action " +
        "items) and finish with lint_postmortem and render_postmortem. The title is the short incident name " +
        "('Global 502 errors after an edge config push'), not 'Postmortem: ...'. The id is a slug of the date " +
        "and title; if it is taken, choose a more specific title.")]
    public ChangeResult CreatePostmortem(
        [Description("Short incident name, such as 'API outage from a connection leak'.")] string title,
        [Description("The day the incident started, YYYY-MM-DD, in the incident's time zone.")] string incident_date,
        [Description("SEV1 critical (broad impact, data lost) to SEV5 cosmetic. When unsure, pick the higher one.")]
        Severity severity,
        [Description("IANA time zone the timeline is shown in and bare times are read in, such as " +
            "'Europe/Berlin' or 'America/Chicago'; 'UTC' when the team works in UTC.")] string timezone = "UTC",
        [Description("People writing the postmortem, each with name and role ('incident commander'). May be empty.")]
        IReadOnlyList<Author>? authors = null,
        [Description("Optional 2-3 sentence summary: what broke, for how long, for whom, and the trigger.")]
        string summary = "")
    {
        var draft = PostmortemEditor.Create(title, incident_date, severity, timezone, authors ?? [], summary);
        var created = workspace.Create(draft);
        return Workspace.Result(created, $"Created postmortem '{created.Id}'. Next: add_timeline_events.");
    }

    [McpServerTool(Name = "list_postmortems", ReadOnly = true, UseStructuredContent = true)]
    [Description("List the stored postmortems (id, title, date, severity, status), newest incident first. " +
        "Use it to find the id of an existing postmortem before changing it. Files that look like postmortems " +
        "but cannot be read (damaged, another format, a newer schema) are named in notices with the reason.")]
    public PostmortemList ListPostmortems()
    {
        var scan = workspace.Store.Scan();
        return new(scan.Postmortems.Select(PostmortemSummary.Of).ToList()) { Notices = scan.Skipped };
    }

    [McpServerTool(
        Name = "get_postmortem", ReadOnly = true, UseStructuredContent = true, OutputSchemaType = typeof(PostmortemView))]
    [Description("Read a whole postmortem as data: every section with item ids (ev-1, cf-1, ai-1), the " +
        "revision, the computed metrics (time to detect, acknowledge, mitigate, resolve, impact duration, each " +
        "with its formula) and the sections still empty. Call it before editing and to check your work. A " +
        "long timeline comes in windows of timeline_limit events, oldest first; when timeline.more is true, " +
        "read the next window with timeline_offset. Metrics always cover the whole timeline.")]
    public CallToolResult GetPostmortem(
        [Description("Postmortem id from create_postmortem or list_postmortems.")] string id,
        [Description("Index of the first timeline event to return, 0 for the oldest.")] int timeline_offset = 0,
        [Description("Most timeline events to return, 1 to 1000.")] int timeline_limit = DefaultTimelineLimit)
    {
        if (timeline_offset < 0)
        {
            throw new PostmortemException($"'timeline_offset' must be 0 or more; got {timeline_offset}.");
        }

        if (timeline_limit is < 1 or > MaxTimelineLimit)
        {
            throw new PostmortemException(
                $"'timeline_limit' must be from 1 to {MaxTimelineLimit}; got {timeline_limit}.");
        }

        var postmortem = workspace.Store.Load(id);
        var timeline = postmortem.Timeline;
        var window = timeline.Skip(timeline_offset).Take(timeline_limit).ToList();
        var view = new PostmortemView
        {
            Postmortem = window.Count == timeline.Count ? postmortem : postmortem with { Timeline = window },
            Timeline = new TimelineWindow
            {
                Total = timeline.Count,
                Offset = timeline_offset,
                Returned = window.Count,
                More = timeline_offset + window.Count < timeline.Count,
            },
            Metrics = IncidentMetrics.Compute(timeline),
            EmptySections = EmptySections(postmortem),
        };
        return StructuredResult.Of(view, ServerJsonContext.Default.PostmortemView);
    }

    [McpServerTool(Name = "delete_postmortem", Destructive = true, UseStructuredContent = true)]
    [Description("Delete a stored postmortem and its rendered files. Only when the user asks for it: the " +
        "postmortem is the record of the incident.")]
    public ChangeResult DeletePostmortem(
        [Description("Postmortem id.")] string id)
    {
        var deleted = workspace.Delete(id);
        return Workspace.Result(deleted, $"Deleted postmortem '{id}'.");
    }

    private static List<string> EmptySections(Postmortem p)
    {
        var empty = new List<string>();
        void Check(bool isEmpty, string section)
        {
            if (isEmpty)
            {
                empty.Add(section);
            }
        }

        Check(p.Summary.Length == 0, "summary");
        Check(p.Impact.IsEmpty, "impact");
        Check(p.Timeline.Count == 0, "timeline");
        Check(p.RootCause.Text.Length == 0, "root_cause");
        Check(p.ContributingFactors.Count == 0, "contributing_factors");
        Check(p.WentWell.Count == 0, "went_well");
        Check(p.WentWrong.Count == 0, "went_wrong");
        Check(p.ActionItems.Count == 0, "action_items");
        Check(p.LessonsLearned.Count == 0, "lessons_learned");
        Check(p.Prevention.Count == 0, "prevention");
        return empty;
    }
}
