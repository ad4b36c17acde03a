namespace McpPostmortem.Linting;

/// <summary>What the subject of a clause is, as far as the linter can tell.</summary>
internal enum SubjectKind
{
    /// <summary>Nothing the lexicon knows.</summary>
    Unknown,

    /// <summary>A person, role, team or pronoun.</summary>
    Person,

    /// <summary>Software, infrastructure or an artifact.</summary>
    System,

    /// <summary>A graph, log, trace or other evidence.</summary>
    Evidence,
}
