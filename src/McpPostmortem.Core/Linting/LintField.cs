namespace McpPostmortem.Linting;

/// <summary>One text field of a postmortem, with the place it lives, ready to lint.</summary>
public sealed record LintField(string Section, string ItemId, string Field, string Text);
