namespace McpPostmortem.Rendering;

/// <summary>One template a postmortem can be rendered with.</summary>
/// <param name="Name">The name to pass as the template argument.</param>
/// <param name="BuiltIn">True for templates shipped with the server, false for files in the templates folder.</param>
/// <param name="Description">What the template is for.</param>
/// <param name="Uri">The MCP resource that holds the template's text.</param>
/// <param name="Problem">Why the template cannot be used as it is; empty when it can.</param>
public sealed record TemplateInfo(string Name, bool BuiltIn, string Description, string Uri, string Problem);
