using McpPostmortem.Model;

namespace McpPostmortem.Timeline;

/// <summary>An event read from one message of pasted notes, with the lines it was read from.</summary>
public sealed record NoteEvent(ParsedTime Time, string Description, EventSource Source, string OriginalText, int Line);
