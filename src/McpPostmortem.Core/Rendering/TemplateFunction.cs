namespace McpPostmortem.Rendering;

/// <summary>One function templates can call, beyond Scriban's own.</summary>
/// <param name="Name">The name, as a template writes it: <c>{{ md_line title }}</c>.</param>
/// <param name="Description">What it returns and where to use it.</param>
public sealed record TemplateFunction(string Name, string Description);
