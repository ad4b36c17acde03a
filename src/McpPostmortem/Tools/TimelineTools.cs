using System.ComponentModel;
using McpPostmortem.Editing;
using McpPostmortem.Model;
using McpPostmortem.Server.Results;
using McpPostmortem.Timeline;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Tools;

/// <summary>Building the timeline: adding events in batches, editing and removing them.</summary>
[McpServerToolType]
public sealed class TimelineTools(Workspace workspace)
{
    [McpServerTool(Name = "add_timeline_events", UseStructuredContent = true)]
    [Description("Create or extend the timeline with a batch of events. Times may be ISO 8601 with an offset, " +
        "or bare wall-clock times ('14:32', '2:45 PM') read in the incident's time zone on the incident date; " +
        "a list of bare times that passes midnight moves to the next day. The server stores UTC, keeps the " +
        "original text, and keeps the timeline sorted. Mark the five milestones with kind started (impact " +
        "began), detected, acknowledged, mitigated (impact stopped) and resolved, each at most once; the " +
        "metrics are computed from them. Write descriptions with a system or role as the subject.")]
    public ChangeResult AddTimelineEvents(
        [Description("Postmortem id from create_postmortem or list_postmortems.")] string id,
        [Description("The events, in any order.")] IReadOnlyList<NewTimelineEvent> events)
    {
        TimelineChange? change = null;
        var saved = workspace.Change(id, $"{events.Count} timeline event(s)", p =>
        {
            change = TimelineEditor.Add(p, events);
            return change.Postmortem;
        });
        return Workspace.Result(saved, $"Added {events.Count} event(s); the timeline has {saved.Timeline.Count}.",
            change!.EventIds, change.Notices);
    }

    [McpServerTool(Name = "update_timeline_event", UseStructuredContent = true, Idempotent = true)]
    [Description("Change one timeline event by its id (ev-N from get_postmortem). Arguments left empty keep " +
        "their value. A new time is read like add_timeline_events reads it.")]
    public ChangeResult UpdateTimelineEvent(
        [Description("Postmortem id.")] string id,
        [Description("The event id, such as 'ev-3'.")] string event_id,
        [Description("New time, or empty to keep it.")] string time = "",
        [Description("New description, or empty to keep it.")] string description = "",
        [Description("New kind (started, detected, acknowledged, mitigated, resolved, deploy, action, " +
            "communication, note), or empty to keep it.")] string kind = "",
        [Description("New source (chat, pager, deploy, dashboard, other), or empty to keep it.")] string source = "",
        [Description("New link, or empty to keep it.")] string link = "")
    {
        var saved = workspace.Change(id, $"timeline event {event_id}", p =>
        {
            var current = TimelineEditor.Find(p, event_id);
            var changed = current with
            {
                Description = string.IsNullOrWhiteSpace(description)
                    ? current.Description
                    : Input.Text(description, "description", Limits.MaxTextLength),
                Kind = string.IsNullOrWhiteSpace(kind) ? current.Kind : Input.Enum<EventKind>(kind, "kind"),
                Source = string.IsNullOrWhiteSpace(source) ? current.Source : Input.Enum<EventSource>(source, "source"),
                Link = string.IsNullOrWhiteSpace(link) ? current.Link : Input.Link(link, "link"),
            };
            if (!string.IsNullOrWhiteSpace(time))
            {
                var parsed = EventTimeParser.Parse(time, p.IncidentDate, IncidentZone.Find(p.TimeZone));
                changed = changed with
                {
                    Time = parsed.Utc,
                    OriginalTime = parsed.Original,
                    OriginalOffset = EventTimeParser.Offset(parsed.Offset),
                };
            }

            return TimelineEditor.Replace(p, changed);
        });
        return Workspace.Result(saved, $"Event {event_id} updated.", [event_id]);
    }

    [McpServerTool(Name = "remove_timeline_event", UseStructuredContent = true, Destructive = true)]
    [Description("Remove one timeline event by its id (ev-N), for example a duplicate pasted twice.")]
    public ChangeResult RemoveTimelineEvent(
        [Description("Postmortem id.")] string id,
        [Description("The event id, such as 'ev-3'.")] string event_id)
    {
        var saved = workspace.Change(id, $"remove {event_id}", p => TimelineEditor.Remove(p, event_id));
        return Workspace.Result(saved, $"Event {event_id} removed; the timeline has {saved.Timeline.Count}.");
    }
}
