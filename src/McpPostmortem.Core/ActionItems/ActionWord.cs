namespace McpPostmortem.ActionItems;

/// <summary>
/// One word of an action item: its text, its lowercase form, where it stands, and whether
/// punctuation other than a joining hyphen or apostrophe separates it from the word before.
/// </summary>
internal readonly record struct ActionWord(string Text, string Lower, int Start, bool BreakBefore)
{
    /// <summary>Starts with a capital and is not all capitals ("Alice", not "AWS").</summary>
    public bool IsCapitalized => Text.Length > 1 && char.IsUpper(Text[0]) && Text.Any(char.IsLower);

    /// <summary>The last part of a hyphenated word ("check" of "sanity-check"); the word itself otherwise.</summary>
    public string Head => Lower.LastIndexOf('-') is var dash and > 0 && dash < Lower.Length - 1
        ? Lower[(dash + 1)..]
        : Lower;
}
