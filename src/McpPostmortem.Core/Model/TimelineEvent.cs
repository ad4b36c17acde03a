using System.Text.Json.Serialization;

namespace McpPostmortem.Model;

/// <summary>
/// One step of the incident. <see cref="Time"/> is stored in UTC; <see cref="OriginalTime"/> keeps the
/// text the time was read from and <see cref="OriginalOffset"/> the offset it was read in, so a reader
/// can always check the conversion.
/// </summary>
public sealed record TimelineEvent
{
    /// <summary>Stable id within the postmortem, such as "ev-3".</summary>
    public required string Id { get; init; }

    /// <summary>The instant, in UTC.</summary>
    public required DateTimeOffset Time { get; init; }

    public required string Description { get; init; }

    // Its zero is a real value, so a file that leaves it out is refused rather than read as that.
    [JsonRequired]
    public EventKind Kind { get; init; } = EventKind.Note;

    public EventSource Source { get; init; } = EventSource.Other;

    /// <summary>The time exactly as it was given ("2:45 PM", "14:32 CET").</summary>
    public string OriginalTime { get; init => field = value ?? ""; } = "";

    /// <summary>The UTC offset the original time was read in, as "+02:00".</summary>
    public string OriginalOffset { get; init => field = value ?? "+00:00"; } = "+00:00";

    /// <summary>The pasted line(s) the event was read from, when it came from notes; else empty.</summary>
    public string OriginalText { get; init => field = value ?? ""; } = "";

    /// <summary>A link to the chat message, page, deploy or dashboard.</summary>
    public string Link { get; init => field = value ?? ""; } = "";
}
