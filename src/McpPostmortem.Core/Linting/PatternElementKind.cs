namespace McpPostmortem.Linting;

/// <summary>What a pattern step matches.</summary>
internal enum PatternElementKind
{
    /// <summary>One word from a set, a prefix or a suffix.</summary>
    Word,

    /// <summary>Zero-width: the next word is not one of a set.</summary>
    NotNext,

    /// <summary>Zero to N words, never crossing punctuation.</summary>
    Gap,

    /// <summary>Zero-width: the start of a clause.</summary>
    ClauseStart,

    /// <summary>A person, role, team or pronoun, possessive or not.</summary>
    Person,

    /// <summary>A person not in the possessive.</summary>
    Actor,

    /// <summary>A person in the possessive.</summary>
    Possessive,
}
