namespace McpPostmortem.Rendering;

/// <summary>
/// The hidden fields of one timeline event, contributing factor, action item or debrief. Import
/// finds the item again by <see cref="Key"/>, a hash of the text the document shows for it, so an
/// item edited in the Markdown simply keeps its defaults.
/// </summary>
public sealed record DocumentDataItem
{
    public required string Id { get; init; }

    /// <summary>Hash of the item's visible text: event description, factor title, action, responder.</summary>
    public required string Key { get; init; }

    /// <summary>The event's exact instant in UTC; the document shows minutes or seconds only.</summary>
    public DateTimeOffset? Time { get; init; }

    public string? Source { get; init; }

    public string? OriginalTime { get; init; }

    public string? OriginalOffset { get; init; }

    public string? OriginalText { get; init; }

    /// <summary>Contributing-factor category.</summary>
    public string? Category { get; init; }

    /// <summary>Action-item class.</summary>
    public string? Class { get; init; }
}
