namespace McpPostmortem.Server.Tests.Skill;

/// <summary>The names the built server lists: tools, prompts, and the arguments of all tools.</summary>
internal sealed record ServerNames(HashSet<string> Tools, HashSet<string> Prompts, HashSet<string> Arguments);
