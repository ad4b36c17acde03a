namespace McpPostmortem.Linting;

/// <summary>
/// The word classes the blame rules are written with, as pattern alternatives ("a|b|c"). Each class is
/// general English for its meaning (traits, grades of conduct, harms, controls), with inflections and
/// derivations generated where the notation allows ("lax++" for lax, laxly, laxness).
/// </summary>
internal static class BlameVocabulary
{
    /// <summary>Rules, procedures and the documents that hold them.</summary>
    public const string RulesNoun =
        "protocol|policy|policies|process|procedure|procedures|rule|rules|runbook|checklist|freeze|sop|" +
        "guidelines|guideline|standards|standard|playbook|regulations|controls|control";

    /// <summary>Safeguards a person can go around: reviews, gates, checks, locks and the rules themselves.</summary>
    public const string ControlNoun =
        RulesNoun + "|review|reviews|approval|approvals|sign-off|signoff|check|checks|gate|gates|guardrail|" +
        "guardrails|safeguard|safeguards|interlock|interlocks|lock|locks|restriction|restrictions|protection|" +
        "protections|hook|hooks|scanner|scanners|validation|validations|canary|canaries|staging|pipeline|" +
        "ci|tests|approver|approvers|reviewer|reviewers|ticket|tickets|window|windows|quota|quotas|limit|limits";

    /// <summary>What an incident does: outages, failures and their kin.</summary>
    public const string Harm =
        "outage|outages|incident|incidents|failure|failures|breakage|downtime|degradation|disruption|crash|" +
        "crashes|problem|problems|issue|issues|regression|regressions|bug|bugs|mess|trouble|damage|loss|" +
        "corruption|cascade|meltdown|fire|error|errors|disaster|fiasco|catastrophe|thing";

    /// <summary>
    /// Verbs that damage what they act on. With a person or a person's work as the subject they make
    /// that person the cause; "wipe" and "erase" are left to the possessive form, since an operator
    /// wiping a cache on purpose is a routine step.
    /// </summary>
    public const string DamageVerb =
        "corrupt+|destroy+|crash+|cripple+|overwhelm+|overload+|flood+|swamp+|sabotage+|brick+|" +
        "break|breaks|broke|breaking|hobble+|saturate+";

    /// <summary>Acts of looking, checking and answering, past tense: what an omission leaves undone.</summary>
    public const string CheckingAct =
        "checked|tested|looked|noticed|read|ran|caught|saw|reviewed|verified|opened|confirmed|bothered|" +
        "followed|responded|acknowledged|answered|replied|escalated|raised|flagged|questioned|investigated|" +
        "watched|monitored|inspected|examined|validated|glanced|spoke|tried|objected|intervened|reacted|" +
        "acted|double-checked|thought-to";

    /// <summary>Gerunds of checking and telling: "without verifying", "without telling anyone".</summary>
    public const string CheckingGerund =
        "testing|validating|confirming|reviewing|inspecting|examining|consulting|double-checking|" +
        "telling|notifying|informing|warning|alerting|escalating|paging|running|waiting|rehearsing|" +
        "dry-running|staging|canarying|backing";

    /// <summary>Traits that only a person can have; blame whoever the sentence names.</summary>
    public const string PersonalTrait =
        "careless++|sloppy++|reckless++|lazy++|incompetent|incompetently|incompetence|negligent|negligently|" +
        "negligence|clueless|inept|ineptly|ineptitude|irresponsible|irresponsibly|irresponsibility|" +
        "thoughtless++|heedless++|foolish++|stupid|stupidly|stupidity|dumb|idiotic|ignorant|arrogant|" +
        "arrogance|complacent|complacently|complacency|cavalier|slapdash|slipshod|lackadaisical|overconfident|" +
        "overconfidence|cocky|gullible|hapless|clumsy++|unfit|unqualified|untrustworthy|dimwitted|dim-witted|" +
        "witless|brainless|apathetic|apathy|unmotivated|feckless|half-witted|dense|dopey|bumbling|indolent|" +
        "indolence|scatterbrained|scatter-brained|devil-may-care|happy-go-lucky|harebrained|hare-brained|" +
        "hotheaded|hot-headed|slovenly|slothful|neglectful++|remiss|derelict|irresponsibleness|imprudent|" +
        "imprudently|imprudence|injudicious|undisciplined|disorganized|disorganised|unfocused|unfocussed|" +
        "lackadaisically|careless-minded|cack-handed|ham-fisted|heavy-handed|bungling|incapable|" +
        "unprofessional|unprofessionally|unconscientious|slackers|slacker|lazybones|sloppiest|laziest";

    /// <summary>Traits a person has and a system can lack too ("unreliable"): blame only with a person.</summary>
    public const string PersonTrait =
        "lax++|unreliable|careless|slow-witted|naive|naïve|erratic|flaky|sloppy|inattentive|unmethodical|" +
        "weak|timid|indecisive|impulsive++|rash++|hasty|overcautious|disengaged|checked-out|burned-out|" +
        "unfocused|distractible|unobservant|uncooperative|unresponsive|unaccountable|uncommitted|untidy|" +
        "messy|forgetful|absent-minded";

    /// <summary>Positive traits; "not a detail-oriented person" and "un-/in-/dis-" forms judge character.</summary>
    public const string PositiveTrait =
        "careful|reliable|focused|organized|organised|prudent|capable|attentive|responsible|professional|" +
        "competent|disciplined|motivated|thorough|diligent|conscientious|dependable|trustworthy|qualified|" +
        "skilled|cooperative|observant|methodical|rigorous|meticulous|detail-oriented|detail-orientated|" +
        "vigilant|cautious|thoughtful|mindful|knowledgeable|sensible|mature|accountable|committed|" +
        "engaged|proactive|responsive|up to the job|up to the task|cut out|fit for";

    /// <summary>Grades of a decision or a piece of work after the fact.</summary>
    public const string BadGrade =
        "poor|bad|terrible|awful|wrong|questionable|unwise|ill-advised|ill-judged|misguided|foolish|inexcusable|" +
        "unacceptable|unforgivable|indefensible|lousy|dreadful|egregious|appalling|shoddy|subpar|substandard|" +
        "improper|inappropriate|unjustifiable|disastrous|regrettable|dubious|sloppy|careless|reckless|" +
        "unprofessional|lazy|boneheaded|dumb|stupid|negligent|irresponsible|inadequate|deficient|lax|weak|" +
        "incorrect|flawed|mistaken|erroneous|wrong-headed|wrongheaded|ill-considered|ill-conceived|ill-timed|" +
        "rash|hasty|premature|ineffective|ineffectual|unsatisfactory|disorganized|disorganised|chaotic|" +
        "haphazard|half-hearted|lackluster|lacklustre|amateurish|amateur|clumsy|inept|incompetent|bungled|" +
        "botched|abysmal|dismal|horrible|pathetic|embarrassing|shameful|disgraceful|uncoordinated|" +
        "unorganized|confused|muddled|sluggish|unjustified|imprudent|injudicious|short-sighted|shortsighted|" +
        "misjudged|unreasonable|irrational|silly|idiotic|careless|thoughtless|unwarranted|uncalled-for|" +
        "indefensible|inexplicable|baffling|head-scratching|reckless|unconscionable|deplorable|lamentable|woeful|" +
        "atrocious|shocking|mediocre|cavalier|slapdash|sub-standard|sub-par|unsound|wrongful";

    /// <summary>A person's conduct: decisions, responses, handling.</summary>
    public const string Conduct =
        "decision|decisions|call|calls|choice|choices|judgment|judgement|response|handling|troubleshooting|" +
        "shortcut|shortcuts|move|idea|execution|management|communication|communications|job|conduct|" +
        "behaviour|behavior|leadership|coordination|triage|oversight|diligence|effort|investigation|debugging|" +
        "review|reviews|work|workmanship|discipline|hygiene|practice|practices|messaging|approach|reaction|" +
        "planning|preparation|escalation|follow-up|supervision|attitude|analysis|stewardship|reasoning|" +
        "decision-making|follow-through|prioritization|prioritisation|risk-taking|actions";

    /// <summary>Faculties a person is said to lack.</summary>
    public const string Faculty =
        "attention|focus|care|diligence|rigor|rigour|discipline|competence|skill|skills|knowledge|experience|" +
        "understanding|judgment|judgement|vigilance|concentration|effort|professionalism|expertise|awareness|" +
        "thoroughness|conscientiousness|caution|familiarity|training|grasp|command|mastery|know-how";

    /// <summary>"unreliable", "imprudent", "disorganized": the negative forms of the positive traits.</summary>
    public static readonly string NegatedTrait = string.Join('|', PositiveTrait.Split('|')
        .Where(t => !t.Contains(' ', StringComparison.Ordinal))
        .SelectMany(t => new[] { "un" + t, "in" + t, "im" + t, "ir" + t, "dis" + t, "non-" + t }));

    /// <summary>Positive traits as single words (the multi-word ones are matched by their own rules).</summary>
    public static readonly string PositiveTraitWord = string.Join('|', PositiveTrait.Split('|')
        .Where(t => !t.Contains(' ', StringComparison.Ordinal)));
}
