namespace McpPostmortem.Export;

/// <summary>An action item left out of an export, with the reason.</summary>
public sealed record SkippedItem(string ItemId, string Reason);
