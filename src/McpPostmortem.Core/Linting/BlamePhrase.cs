namespace McpPostmortem.Linting;

/// <summary>
/// One phrase of a blame category, as a token pattern. Pattern words are separated by spaces;
/// "a|b" means either word, "word*" a prefix, "*ed" a suffix, "slip+" every inflection of a verb or
/// noun (slips, slipped, slipping), "lax++" an adjective with its adverb and -ness noun, "~3" up to
/// three words, "!a|b" that the next word is neither, "^" the start of a clause, "@person" a person,
/// role, team or pronoun, "@actor" one not in the possessive, "@poss" one in the possessive ("Ana's").
/// Between two words of a phrase an adverb or intensifier may stand ("fell far short"), and a
/// hyphenated word matches the same words spaced ("slip-up", "slip up"). Replacement, when set, is
/// the mechanical rewrite of the matched words ("" removes them).
/// </summary>
public sealed record BlamePhrase(string Category, Actor Actor, string Pattern, string? Replacement = null);
