using System.Collections.Frozen;

namespace McpPostmortem.ActionItems;

/// <summary>
/// Word classes the action-item rules reason with. Each table is general English or general
/// software vocabulary, meant to hold for items the rules have never seen; the rules combine them
/// by position (verb, object, subject), so no table lists whole sentences.
/// </summary>
internal static class ActionVocabulary
{
    /// <summary>
    /// Verbs that work on a person's knowledge or conduct: teaching, telling, asking, reminding,
    /// admonishing. The value is true for verbs that also name an automatic notice, so "Remind the
    /// on-call when a certificate is 30 days from expiry" is a system change.
    /// </summary>
    public static readonly FrozenDictionary<string, bool> InstructingVerbs = new Dictionary<string, bool>
    {
        ["educate"] = false, ["re-educate"] = false, ["reeducate"] = false, ["train"] = false,
        ["retrain"] = false, ["re-train"] = false, ["coach"] = false, ["teach"] = false, ["reteach"] = false,
        ["instruct"] = false, ["mentor"] = false, ["counsel"] = false, ["lecture"] = false,
        ["admonish"] = false, ["reprimand"] = false, ["discipline"] = false, ["scold"] = false,
        ["chide"] = false, ["caution"] = false, ["urge"] = false, ["encourage"] = false, ["exhort"] = false,
        ["nag"] = false, ["pressure"] = false, ["motivate"] = false, ["convince"] = false,
        ["persuade"] = false, ["upskill"] = false, ["familiarize"] = false, ["familiarise"] = false,
        ["ask"] = false, ["tell"] = true, ["remind"] = true, ["warn"] = true,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Verbs that reach a person through a preposition: "talk to Bob", "speak with the team".</summary>
    public static readonly FrozenDictionary<string, string[]> ConversingVerbs = new Dictionary<string, string[]>
    {
        ["talk"] = ["to", "with"], ["speak"] = ["to", "with"], ["chat"] = ["to", "with"],
        ["sit"] = ["down with"], ["remonstrate"] = ["with"], ["plead"] = ["with"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Sessions whose subject is people's knowledge: a fix of this kind trains people.</summary>
    public static readonly FrozenSet<string> TrainingNouns = Set(
        "training trainings retraining re-training refresher refreshers workshop workshops course courses " +
        "coaching mentoring re-education lecture lectures");

    /// <summary>Messages that, sent to people, make the item about what those people do.</summary>
    public static readonly FrozenSet<string> MessageNouns = Set(
        "reminder reminders memo memos warning warnings email emails e-mail note notes message messages " +
        "notice announcement talking-to");

    /// <summary>Openers whose clause is someone's conduct: "make sure engineers test their changes".</summary>
    public static readonly IReadOnlyList<string> OversightOpeners =
        ["make sure", "ensure", "see to it", "see that", "insist", "require"];

    /// <summary>Verbs of a person's own conduct, as an obligation puts them: "engineers must test".</summary>
    public static readonly FrozenSet<string> ConductVerbs = Set(
        "be stay remain follow remember test check double-check verify review read reread learn study attend " +
        "avoid stop pay take think watch obey comply adhere respect use communicate slow focus understand know " +
        "keep wait look listen confirm consult practise practice escalate ask double try care");

    /// <summary>Participles that do not end in "-ed": "should be run", "must be kept".</summary>
    public static readonly FrozenSet<string> IrregularParticiples = Set(
        "done run made set kept taken given shown sent built written put held left cut split shut found " +
        "rolled-back known seen thrown drawn rewritten rebuilt rerun reset");

    /// <summary>Phrases that put an obligation on the subject before them.</summary>
    public static readonly IReadOnlyList<string> Obligations =
    [
        "will need to", "is expected to", "are expected to", "ought to", "needs to", "need to", "has to",
        "have to", "is to", "are to", "should", "must", "shall", "will", "to",
    ];

    /// <summary>Adverbs that may stand between an obligation and its verb: "must always".</summary>
    public static readonly FrozenSet<string> Adverbs = Set(
        "always never not now also first then still really please carefully properly");

    /// <summary>The speaking team itself: "we should add alerting" plans system work.</summary>
    public static readonly FrozenSet<string> FirstPerson = Set("i me my myself we us our ourselves who whoever");

    /// <summary>Words that may open a noun phrase before its head: "all the new", "our".</summary>
    public static readonly FrozenSet<string> Modifiers = Set(
        "the a an all every each our your their his her its this that these those any some both new other " +
        "more junior senior relevant affected responsible");

    /// <summary>Words that end a noun phrase: prepositions, conjunctions and the infinitive marker.</summary>
    public static readonly FrozenSet<string> PhraseEnds = Set(
        "to about on in with for of at by from into onto over under when whenever if once before after " +
        "that which who and or but so how why what whether until during via as");

    /// <summary>Words that tie a notice to an event, which makes the notice automatic.</summary>
    public static readonly FrozenSet<string> Triggers = Set(
        "when whenever if once before after each every within automatically");

    /// <summary>Where an imperative or infinitive can stand after another word: "... to educate".</summary>
    public static readonly FrozenSet<string> VerbSlots = Set("to and then please or");

    /// <summary>Verbs whose work is open-ended unless a question or a result bounds it.</summary>
    public static readonly IReadOnlyList<string> OpenActivities =
    [
        "investigate", "look into", "look at", "dig into", "check on", "check", "research", "examine",
        "analyse", "analyze", "study", "follow up", "reach out", "sync", "touch base", "evaluate", "assess",
        "understand",
    ];

    /// <summary>Words that turn an open activity into a question with an answer: "investigate why".</summary>
    public static readonly FrozenSet<string> QuestionWords = Set("why whether how what which where when if who");

    /// <summary>Words that join a result to an activity: "... and write down the cause".</summary>
    public static readonly FrozenSet<string> ResultJoiners = Set("and then to until so");

    /// <summary>Broad system areas that name no one change: "add monitoring".</summary>
    public static readonly FrozenSet<string> GenericObjects = Set(
        "monitoring alerting alerts logging logs tests testing metrics dashboards documentation docs checks " +
        "validation automation observability coverage guardrails safeguards process processes tooling " +
        "runbooks redundancy capacity resilience reliability visibility stability security safety " +
        "safeguarding instrumentation telemetry");

    /// <summary>Amounts with no measure: "more monitoring", "better alerts".</summary>
    public static readonly FrozenSet<string> VagueAmounts = Set(
        "more better additional extra further proper adequate enough sufficient improved enhanced some " +
        "stronger tighter");

    /// <summary>Verbs too general to say what is done without more words: "fix", "handle".</summary>
    public static readonly FrozenSet<string> GeneralVerbs = Set(
        "fix improve handle address do make sort update change review check clean tidy deal work look revisit " +
        "resolve solve tackle");

    /// <summary>Objects that point at nothing in particular: "fix it", "clean things".</summary>
    public static readonly FrozenSet<string> EmptyObjects = Set(
        "it this that things stuff everything issue issues problem problems up");

    /// <summary>Leading parts of a hyphenated word that make it a modifier, not a verb: "per-PoP".</summary>
    public static readonly FrozenSet<string> NonVerbPrefixes = Set(
        "per non anti multi semi post sub inter intra pro self one two three four five ten");

    /// <summary>Words after which a leading noun acts as a verb: "Canary all config pushes".</summary>
    public static readonly FrozenSet<string> ObjectStarts = Set(
        "the all every each our their its this these those any both");

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
