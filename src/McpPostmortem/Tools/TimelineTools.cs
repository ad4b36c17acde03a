using System.ComponentModel;
using McpPostmortem.Editing;
using McpPostmortem.Errors;
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
    [Description("Create or extend the timeline with a batch of events, or with raw pasted chat/pager notes. " +
        "Times may be ISO 8601 with an offset ('2025-07-09T14:31:12+02:00', '...Z'); bare wall-clock times " +
        "('14:32', '2:45 PM') read in the incident's time zone on the incident date; a local date and time " +
        "('2025-07-10 00:15'); or a time with a zone ('14:32 UTC', '14:32 Europe/Berlin', '14:32 +02:00', " +
        "'14:32 CEST'). Ambiguous abbreviations (IST, CST, BST) and local times a daylight-saving change skips " +
        "or repeats are refused with what to write instead. Bare times of one call that pass midnight move to " +
        "the next day, whatever order the events come in, without pushing 'started' past later milestones. " +
        "When the timeline already has events, a later call's bare times go on the day before or after the " +
        "incident date if that keeps them within 12 hours of those events (after a midnight rollover). Each " +
        "such choice, and milestones left out of order, come back as notices with the dated fix. The server " +
        "stores UTC, keeps the original text and offset, keeps the timeline sorted and reports exact " +
        "duplicates. Mark the five milestones with kind started (impact began, often before detection), " +
        "detected, acknowledged, mitigated (impact stopped) and resolved, each at most once; the metrics are " +
        "computed from them. An event without a kind is a note. Events read from notes are kind note: set " +
        "their kinds afterwards with update_timeline_event.")]
    public ChangeResult AddTimelineEvents(
        [Description("Postmortem id from create_postmortem or list_postmortems.")] string id,
        [Description("The events, in any order. May be omitted when 'notes' is given.")]
        IReadOnlyList<NewTimelineEvent>? events = null,
        [Description("Optional raw pasted chat or pager lines, one message per line, each starting with a " +
            "time, optionally after the sender: 'PagerDuty  14:35  [Triggered] ...', 'Ana  2:39 PM  ack', " +
            "'bot  2025-07-09T13:01:00Z  done'. The time is read like an event's time, zone included " +
            "('14:35 UTC', '14:35 Europe/Berlin', '2025-07-09 14:35 +02:00'); a date before it ('Jul 9, " +
            "2025 2:35 PM', '[Wed 14:35]') sets the day, and a numeric date that could be day- or " +
            "month-first is refused. Lines starting with '- ' continue the message above; separator " +
            "lines such as '── Thursday, 13 November ──' set the day of the times below them; header lines " +
            "before the first message are skipped. Each message becomes a note event that keeps the " +
            "original line; messages and events together count toward the 500-per-call limit.")]
        string notes = "")
    {
        TimelineChange? change = null;
        var saved = workspace.Change(id, "timeline events", p =>
        {
            change = TimelineEditor.Add(p, events, notes);
            return change.Postmortem;
        });
        return Workspace.Result(saved,
            $"Added {change!.EventIds.Count} event(s); the timeline has {saved.Timeline.Count}.",
            change.EventIds, change.Notices);
    }

    [McpServerTool(Name = "update_timeline_event", UseStructuredContent = true, Idempotent = true)]
    [Description("Change one timeline event by its id (ev-N from get_postmortem). Arguments left empty keep " +
        "their value; clear_link removes the link. A new time is read like add_timeline_events reads it; a " +
        "time without a date stays on the event's current day, with a notice when that moves it more than " +
        "12 hours. Notices also report milestones the change puts out of order.")]
    public ChangeResult UpdateTimelineEvent(
        [Description("Postmortem id.")] string id,
        [Description("The event id, such as 'ev-3'.")] string event_id,
        [Description("New time, or empty to keep it. Read like add_timeline_events reads it; a " +
            "time without a date stays on the event's current day.")] string time = "",
        [Description("New description, or empty to keep it.")] string description = "",
        [Description("New kind (started, detected, acknowledged, mitigated, resolved, deploy, action, " +
            "communication, note), or empty to keep it.")] string kind = "",
        [Description("New source (chat, pager, deploy, dashboard, other), or empty to keep it.")] string source = "",
        [Description("New link, or empty to keep it.")] string link = "",
        [Description("true removes the event's link; leave link empty then.")] bool clear_link = false)
    {
        var notices = new List<string>();
        var saved = workspace.Change(id, $"timeline event {event_id}", p =>
        {
            if (clear_link && !string.IsNullOrWhiteSpace(link))
            {
                throw new PostmortemException(
                    "'clear_link' removes the link and 'link' sets one; send only one of them.");
            }

            var current = TimelineEditor.Find(p, event_id);
            var changed = current with
            {
                Description = string.IsNullOrWhiteSpace(description)
                    ? current.Description
                    : Input.Text(description, "description", Limits.MaxTextLength),
                Kind = string.IsNullOrWhiteSpace(kind) ? current.Kind : Input.Enum<EventKind>(kind, "kind"),
                Source = string.IsNullOrWhiteSpace(source) ? current.Source : Input.Enum<EventSource>(source, "source"),
                Link = clear_link ? "" : string.IsNullOrWhiteSpace(link) ? current.Link : Input.Link(link, "link"),
            };
            if (!string.IsNullOrWhiteSpace(time))
            {
                changed = TimelineEditor.Retime(p, changed, time, "time", notices);
            }

            var updated = TimelineEditor.Replace(p, changed);
            notices.AddRange(TimelineEditor.NewOrderErrors(p, updated));
            return updated;
        });
        return Workspace.Result(saved, $"Event {event_id} updated.", [event_id], notices);
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
