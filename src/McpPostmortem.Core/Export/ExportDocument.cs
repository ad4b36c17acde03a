namespace McpPostmortem.Export;

/// <summary>An export of action items: the file text, what went in, what was left out, and how to use it.</summary>
public sealed record ExportDocument
{
    public required ExportFormat Format { get; init; }

    /// <summary>The file extension it is written with beside the postmortem, such as "issues.json".</summary>
    public required string Extension { get; init; }

    public required string Text { get; init; }

    /// <summary>Ids of the exported action items, in file order.</summary>
    public required IReadOnlyList<string> ItemIds { get; init; }

    public required IReadOnlyList<SkippedItem> Skipped { get; init; }

    /// <summary>How to feed the file to its tool.</summary>
    public required string Usage { get; init; }

    /// <summary>Things worth a look before the file is used, such as a missing postmortem link.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}
