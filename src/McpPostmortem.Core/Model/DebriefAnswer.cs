namespace McpPostmortem.Model;

/// <summary>One debrief question and the responder's answer to it.</summary>
public sealed record DebriefAnswer
{
    public required string Question { get; init; }

    public required string Answer { get; init; }
}
