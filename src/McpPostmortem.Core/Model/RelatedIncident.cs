namespace McpPostmortem.Model;

/// <summary>An earlier incident that shares a cause or a weakness with this one.</summary>
public sealed record RelatedIncident
{
    public DateOnly? Date { get; init; }

    public required string Description { get; init; }

    public string Link { get; init => field = value ?? ""; } = "";
}
