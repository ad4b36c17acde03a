using System.ComponentModel;
using McpPostmortem.Model;

namespace McpPostmortem.Timeline;

/// <summary>A timeline event as a caller sends it: the time as text, read by <see cref="EventTimeParser"/>.</summary>
/// <remarks>
/// The optional members are constructor parameters with defaults, not property initializers: the
/// source-generated JSON reader sets an absent init-only property to default(T) and loses its
/// initializer (dotnet/runtime#84484), which made an event sent without a kind the 'started'
/// milestone. Constructor defaults survive, and the tool schema states them. This can go back to
/// initializers once that issue is fixed and a test sending an event without a kind still passes.
/// </remarks>
public sealed record NewTimelineEvent(
    [property: Description("When it happened. ISO 8601 with an offset ('2025-07-09T14:31:12+02:00', " +
        "'2025-07-09T12:31:12Z'); a bare time read in the incident's zone ('14:32', '2:45 PM'); a local " +
        "date and time ('2025-07-10 00:15'); or a time with a zone ('14:32 UTC', '14:32 Europe/Berlin', " +
        "'14:32 +02:00', '14:32 CEST'). Ambiguous abbreviations such as IST or CST are refused: write the " +
        "IANA zone or offset.")]
    string Time,
    [property: Description("What happened, in one or two plain sentences with a system or role as the subject.")]
    string Description,
    [property: Description("started, detected, acknowledged, mitigated or resolved for the five milestones " +
        "(each at most once); otherwise deploy, action, communication or note. Omitted means note.")]
    EventKind Kind = EventKind.Note,
    [property: Description("Where the event was taken from: chat, pager, deploy, dashboard or other. " +
        "Omitted means other.")]
    EventSource Source = EventSource.Other,
    [property: Description("Optional link to the message, page, deploy or graph; empty when there is none.")]
    string Link = "");
