namespace McpPostmortem.Server.Results;

/// <summary>Which part of a long timeline a read returned, and where the next part starts.</summary>
public sealed record TimelineWindow
{
    /// <summary>Events in the whole timeline.</summary>
    public required int Total { get; init; }

    /// <summary>Index of the first event returned, counting from 0 at the oldest event.</summary>
    public required int Offset { get; init; }

    /// <summary>Events returned by this read.</summary>
    public required int Returned { get; init; }

    /// <summary>True when events after this window remain; read them with timeline_offset.</summary>
    public required bool More { get; init; }
}
