namespace McpPostmortem.Server.Results;

/// <summary>A rendered document: where it was written and its text.</summary>
public sealed record RenderResult
{
    public required string Id { get; init; }

    public required string Template { get; init; }

    /// <summary>The file written beside the postmortem's JSON.</summary>
    public required string Path { get; init; }

    public required string Markdown { get; init; }
}
