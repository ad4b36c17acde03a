using System.ComponentModel;
using McpPostmortem.Model;

namespace McpPostmortem.Timeline;

/// <summary>A timeline event as a caller sends it: the time as text, read by <see cref="EventTimeParser"/>.</summary>
public sealed record NewTimelineEvent
{
    [Description("When it happened. ISO 8601 with an offset ('2025-07-09T14:31:12+02:00', " +
        "'2025-07-09T12:31:12Z'); a bare time read in the incident's zone on the incident date ('14:32', " +
        "'2:45 PM'; bare times of one call that pass midnight move to the next day); a local date and time " +
        "('2025-07-10 00:15'); or a time with a zone ('14:32 UTC', '14:32 Europe/Berlin', '14:32 +02:00', " +
        "'14:32 CEST'). Ambiguous abbreviations such as IST or CST are refused: write the IANA zone or offset.")]
    public required string Time { get; init; }

    [Description("What happened, in one or two plain sentences with a system or role as the subject.")]
    public required string Description { get; init; }

    [Description("started, detected, acknowledged, mitigated or resolved for the five milestones (each at " +
        "most once); otherwise deploy, action, communication or note.")]
    public EventKind Kind { get; init; } = EventKind.Note;

    [Description("Where the event was taken from: chat, pager, deploy, dashboard or other.")]
    public EventSource Source { get; init; } = EventSource.Other;

    [Description("Optional link to the message, page, deploy or graph; empty when there is none.")]
    public string Link { get; init; } = "";
}
