namespace McpPostmortem.Model;

/// <summary>A person who wrote the postmortem, with the role they had in the incident.</summary>
public sealed record Author
{
    public required string Name { get; init; }

    /// <summary>For example "incident commander", "SRE", "service owner".</summary>
    public string Role { get; init; } = "";
}
