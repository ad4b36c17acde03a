using McpPostmortem.Export;

namespace McpPostmortem.Server.Results;

/// <summary>An export of action items: the file written, its content, and how to feed it to the tracker.</summary>
public sealed record ExportResult
{
    public required string Id { get; init; }

    public required ExportFormat Format { get; init; }

    /// <summary>The file written beside the postmortem's JSON.</summary>
    public required string Path { get; init; }

    public required IReadOnlyList<string> ItemIds { get; init; }

    public required IReadOnlyList<SkippedItem> Skipped { get; init; }

    /// <summary>How to import or use the file.</summary>
    public required string Usage { get; init; }

    public required string Content { get; init; }

    /// <summary>Things worth a look before the file is used, such as a missing postmortem link.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
