namespace McpPostmortem.Editing;

/// <summary>
/// Size limits on what a caller may store. Arguments come from a language model; these keep one bad
/// call from filling the disk or making every later read slow. README lists them.
/// </summary>
public static class Limits
{
    /// <summary>A title or other one-line field.</summary>
    public const int MaxLineLength = 300;

    /// <summary>A paragraph field such as the summary, a description or an action.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>A code diff or a pasted block of notes.</summary>
    public const int MaxBlockLength = 200_000;

    /// <summary>Events, factors or items added by one call.</summary>
    public const int MaxItemsPerCall = 500;

    /// <summary>Timeline events in one postmortem.</summary>
    public const int MaxTimelineEvents = 20_000;

    /// <summary>Entries of any other list in one postmortem.</summary>
    public const int MaxListItems = 1_000;
}
