namespace McpPostmortem.Linting;

/// <summary>Who must be the actor of a blame phrase for it to count as blame.</summary>
public enum Actor
{
    /// <summary>The phrase is blame whoever the subject is.</summary>
    Any,

    /// <summary>Blame unless the subject of the clause is a system ("the parser mishandled").</summary>
    NotSystem,

    /// <summary>Blame only when the subject of the clause is a person, role or team.</summary>
    Person,

    /// <summary>Blame when the subject is a person or a person's work ("Ana's handling was ...").</summary>
    PersonOrPossessive,

    /// <summary>Blame only when a person, role or team is named anywhere in the sentence.</summary>
    PersonInSentence,

    /// <summary>Blame only when a person is a passive's agent ("was never made by the incident manager").</summary>
    PersonAgent,

    /// <summary>Blame unless the subject is evidence ("the graph clearly shows" is not hindsight).</summary>
    NotEvidence,
}
