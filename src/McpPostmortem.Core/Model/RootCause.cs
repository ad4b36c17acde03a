namespace McpPostmortem.Model;

/// <summary>The technical explanation of the incident, with the diff of the triggering change.</summary>
public sealed record RootCause
{
    public string Text { get; init => field = value ?? ""; } = "";

    /// <summary>A unified diff of the change that triggered the incident, if there is one.</summary>
    public string Diff { get; init => field = value ?? ""; } = "";
}
