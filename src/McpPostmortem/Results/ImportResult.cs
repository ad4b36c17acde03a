using McpPostmortem.Import;

namespace McpPostmortem.Server.Results;

/// <summary>A postmortem imported from Markdown, and what could not be mapped exactly.</summary>
public sealed record ImportResult
{
    public required string Id { get; init; }

    public required long Revision { get; init; }

    public required string Message { get; init; }

    /// <summary>Content kept in the appendix notes, values read with a guess, defaults used.</summary>
    public required IReadOnlyList<ImportNotice> Notices { get; init; }
}
