namespace McpPostmortem.Model;

/// <summary>Supporting material: graphs, the communication log and the code fix.</summary>
public sealed record Appendix
{
    public IReadOnlyList<Graph> Graphs { get; init => field = value ?? []; } = [];

    /// <summary>Messages sent during the incident, one per entry, oldest first.</summary>
    public IReadOnlyList<string> CommunicationLog { get; init => field = value ?? []; } = [];

    /// <summary>The fix, as a diff or a short code listing.</summary>
    public string CodeFix { get; init => field = value ?? ""; } = "";

    /// <summary>Anything else, kept verbatim (for example parts of an imported document).</summary>
    public string Notes { get; init => field = value ?? ""; } = "";
}
