namespace McpPostmortem.Export;

/// <summary>What to export and how to link back to the postmortem.</summary>
public sealed record ExportOptions
{
    /// <summary>Where the postmortem can be read; empty links to the rendered file "{id}.md".</summary>
    public string PostmortemLink { get; init; } = "";

    /// <summary>Also export items that are done or not being done.</summary>
    public bool IncludeClosed { get; init; }

    /// <summary>Also export candidates, the proposals nobody has agreed to yet.</summary>
    public bool IncludeCandidates { get; init; }

    /// <summary>Also export items that already have a tracking link (their ticket exists).</summary>
    public bool IncludeTracked { get; init; }
}
