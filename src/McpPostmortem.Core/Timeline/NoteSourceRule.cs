using McpPostmortem.Model;

namespace McpPostmortem.Timeline;

/// <summary>
/// A clue to where a pasted message came from: a word in the sender's name, or a marker at the
/// start of the message text (such as "[Triggered]").
/// </summary>
public sealed record NoteSourceRule(string SenderContains, string TextStartsWith, EventSource Source);
