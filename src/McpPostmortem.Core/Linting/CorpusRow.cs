namespace McpPostmortem.Linting;

/// <summary>One labelled passage of a blame-language corpus.</summary>
public sealed record CorpusRow(string Id, bool IsBlameful, string Category, string Sentence);
