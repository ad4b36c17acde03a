using System.Text.RegularExpressions;
using McpPostmortem.Linting;

namespace McpPostmortem.ActionItems;

/// <summary>The phrase families that make an action item vague, open-ended or aimed at a person.</summary>
internal static class ActionItemRules
{
    public const string Vague = "vague";
    public const string NoDoneState = "no-done-state";
    public const string PersonAimed = "person-aimed";

    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>A number, a bound or a target: what turns "improve" into something checkable.</summary>
    public static readonly Regex Measure = new(
        @"\d|%|\b(from\b.+\bto|below|under|within|at (most|least)|less than|more than|fewer than|" +
        @"no more than|zero|half|twice|double|p\d\d)\b",
        Options);

    public static readonly IReadOnlyList<ActionItemRule> All =
    [
        Rule(Vague, @"\b(look(ing)? (into|at)|dig(ging)? into|work(ing)? on|deal(ing)? with|think(ing)? about|" +
            @"check(ing)? on|address(ing)? (the |any )?(issues?|problems?|gaps?)|fix(ing)? (the |any )?" +
            @"(issues?|problems?)|various|etc\.?|and so on|stuff|things|as appropriate|somehow)\b",
            FindingSeverity.Warning,
            "This wording does not say what will change, so nobody can tell when it is done.",
            "Name the one system change and its result: 'Add a 30-day expiry alert to every certificate " +
            "in the inventory', or for open questions 'Investigate why X and write down the cause'."),
        Rule(Vague, @"\b(improve|improving|enhance|optimi[sz]e|better|increase|reduce|strengthen|harden|" +
            @"streamline|clean(ing)? up|tune|tweak|boost|speed up|more (robust|reliable|resilient|stable)|" +
            @"faster|quicker)\b",
            FindingSeverity.Warning,
            "'Improve'-style wording with no measure cannot be checked when the item is closed.",
            "Add the measure or target: 'Reduce the alert evaluation window from 5 minutes to 30 seconds'.",
            unlessMeasured: true),
        Rule(NoDoneState, @"^\W*(continue|keep|monitor|watch|consider|discuss|explore|revisit|maintain|try|" +
            @"attempt|stay|remain|brainstorm)\b",
            FindingSeverity.Warning,
            "An ongoing activity has no point at which it is done.",
            "Turn the activity into a change with an end: 'Add an alert on X' rather than 'Monitor X'."),
        Rule(NoDoneState, @"\b(going forward|ongoing|on an ongoing basis|continuously|continually|as needed|" +
            @"where possible|when(ever)? possible|if possible|as much as possible|in the future|from now on|" +
            @"over time|when there is time)\b",
            FindingSeverity.Warning,
            "Open-ended wording leaves the item without a clear done state.",
            "Say what exists or is true when the item is closed, and drop the open-ended phrase."),
        Rule(PersonAimed, @"\b(be (more |extra )?(careful|vigilant|cautious|aware)|more careful|" +
            @"pay (more |closer |better )?attention|take (more |extra )?care|think twice|" +
            @"re-?train(ed|ing|s)?|(re-?)?educat(e|ed|ing)|coach(ed|ing)?|re-?read|read up on|" +
            @"refresh (their|his|her|your) (knowledge|memory)|familiari[sz]e (themselves|himself|herself|" +
            @"yourself)|remind(ed)? (the |our )?(\w+ )?(team|teams|engineers?|people|staff|everyone|" +
            @"them|him|her|operators?|on-?call)|be reminded|hold (\w+ ){0,3}accountable|reprimand\w*|" +
            @"disciplin\w*|talk(ing)? to|speak(ing)? (to|with)|have a word|training for|remember to|" +
            @"don'?t forget|stop making mistakes)\b",
            FindingSeverity.Error,
            "This aims the fix at a person's care or knowledge; people stay the same, so it will not " +
            "keep the incident from recurring.",
            "Write the system change that makes the slip hard or harmless (a guardrail, check, alert or " +
            "tool), with an owner: 'Make the deploy pipeline refuse bundles with empty origin pools'."),
        // A capitalized name, spelled out so as to leave out "We", "It", "This" and "That" without a
        // lookahead (NonBacktracking has none): "We should add alerting" is a plan, not a person's duty.
        Rule(PersonAimed, @"^\W*(?:[A-HJ-SUVX-Z][a-z]+|W[a-df-z][a-z]*|We[a-z]+|I[a-su-z][a-z]*|It[a-z]+|" +
            @"T[a-gi-z][a-z]*|Th[b-hj-z][a-z]*|Thi[a-rt-z][a-z]*|This[a-z]+|Tha[a-su-z][a-z]*|That[a-z]+) " +
            @"(needs to|need to|has to|should|must|will need to|is to)\b",
            FindingSeverity.Error,
            "This item puts an obligation on a named person rather than on a change to the system.",
            "Start with the verb of the system change and give the role that owns it as the owner.",
            caseSensitive: true),
    ];

    private static ActionItemRule Rule(
        string category,
        string pattern,
        FindingSeverity severity,
        string message,
        string suggestion,
        bool unlessMeasured = false,
        bool caseSensitive = false) =>
        new(
            category,
            new Regex(pattern, caseSensitive ? Options & ~RegexOptions.IgnoreCase : Options),
            severity,
            message,
            suggestion,
            unlessMeasured);
}
