namespace McpPostmortem.Rendering.External;

/// <summary>One piece of text the customer-facing rendering removed, and what replaced it.</summary>
/// <param name="Kind">What the text was.</param>
/// <param name="Text">The text as it was written.</param>
/// <param name="Replacement">What the output shows instead ("" when only a link target went).</param>
/// <param name="Count">How many times it was replaced.</param>
public sealed record Redaction(RedactionKind Kind, string Text, string Replacement, int Count);
