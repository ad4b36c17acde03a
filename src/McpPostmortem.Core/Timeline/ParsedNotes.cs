namespace McpPostmortem.Timeline;

/// <summary>The events read from pasted notes, and what the reader wants the caller to know.</summary>
public sealed record ParsedNotes(IReadOnlyList<NoteEvent> Events, IReadOnlyList<string> Notices);
