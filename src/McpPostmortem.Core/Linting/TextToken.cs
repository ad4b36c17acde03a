namespace McpPostmortem.Linting;

/// <summary>
/// One word or punctuation mark of a sentence, with its place in the original text. Contractions are
/// split so that "didn't" and "did not" read the same ("did" + "not").
/// </summary>
internal readonly record struct TextToken(
    int Start,
    int Length,
    string Word,
    bool IsWord,
    bool IsCapitalized,
    bool IsAllCaps,
    bool IsPossessive,
    bool IsQuoted);
