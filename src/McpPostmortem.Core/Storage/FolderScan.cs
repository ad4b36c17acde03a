using McpPostmortem.Model;

namespace McpPostmortem.Storage;

/// <summary>
/// Every postmortem of the folder, newest incident first, and one line per file that looked like a
/// postmortem but could not be read (damaged JSON, another format, a newer schema, a link).
/// </summary>
public sealed record FolderScan(IReadOnlyList<Postmortem> Postmortems, IReadOnlyList<string> Skipped);
