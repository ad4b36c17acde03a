namespace McpPostmortem.Timeline;

/// <summary>
/// The events read from pasted notes, and what the reader wants the caller to know.
/// <see cref="HasDates"/> is true when any line or separator named a day, so the notes place
/// themselves; otherwise their day is the caller's choice.
/// </summary>
public sealed record ParsedNotes(IReadOnlyList<NoteEvent> Events, IReadOnlyList<string> Notices, bool HasDates);
