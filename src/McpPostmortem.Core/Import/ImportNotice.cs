namespace McpPostmortem.Import;

/// <summary>Something the importer could not map exactly, with where it was and where it went.</summary>
/// <param name="Section">The heading of the section it was found in.</param>
/// <param name="Line">The line in the imported document, counting from one.</param>
/// <param name="Message">What happened to it: kept in the appendix notes, defaulted, or read with a guess.</param>
public sealed record ImportNotice(string Section, int Line, string Message);
