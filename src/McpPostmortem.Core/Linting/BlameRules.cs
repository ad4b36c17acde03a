namespace McpPostmortem.Linting;

/// <summary>
/// The phrases of each blame family, as token patterns over general English (see
/// <see cref="BlamePhrase"/> for the notation). Data, not branches: one row per construction.
/// </summary>
public static class BlameRules
{
    private const string Cf = "counterfactual";
    private const string Om = "omission-framing";
    private const string He = "human-error-label";
    private const string Ch = "character-judgment";
    private const string No = "normative-judgment";
    private const string Pc = "person-as-cause";
    private const string Hi = "hindsight-obviousness";
    private const string Mo = "motive-effort";
    private const string La = "lapse-deficiency";
    private const string Rv = "rule-violation";
    private const string Pr = "person-remediation";
    private const string Li = "loaded-idiom";
    private const string Rc = "root-cause-framing";

    // Verbs of knowing and receiving: "did not know" explains local rationality, it does not blame.
    private const string NotCognition =
        "!know|knew|realize|realise|see|expect|anticipate|have|need|receive|get|hear|understand|go|work";

    // "Nobody expected" explains local rationality; "nobody checked" frames an omission.
    private const string NotExpected =
        "!expected|anticipated|realized|realised|knew|predicted|foresaw|imagined|thought|suspected|assumed";

    // Verbs whose "by" names who received or saw a thing, not who made it.
    private const string NotReceived =
        "!reported|seen|observed|experienced|hit|received|returned|shown|served|logged|encountered|thrown|" +
        "surfaced|displayed|sent|faced|affecting|noticed|raised|shown|caught|flagged|filed";

    // Adverbs that grade how something was done: "handled terribly", "sloppily managed".
    private const string BadManner =
        "poorly|badly|wrong|wrongly|terribly|awfully|horribly|appallingly|sloppily|carelessly|ineptly|" +
        "incompetently|abysmally|atrociously|dreadfully|clumsily|haphazardly|shoddily|negligently";

    // What the person singled out by a cleft did: "it was the DBA who dropped the table".
    private const string CleftAct =
        "took|knocked|brought|caused|broke|triggered|started|introduced|deleted|dropped|wiped|corrupted|" +
        "misconfigured|removed|killed|crashed|overloaded|forgot|missed|ignored|skipped|pushed|shipped|deployed|" +
        "merged|ran|made|left";

    // Gerunds of keeping watch, for the watcher nobody was.
    private const string WatchingGerund =
        "watching|checking|looking|monitoring|reviewing|noticing|responding|answering|acting|testing|verifying";

    // Whom a person is paired with when pairing is the fix.
    private const string SeniorPartner =
        "senior|experienced|veteran|seasoned|more-senior|more-experienced|mentor|mentors";

    private const string RulesNoun = BlameVocabulary.RulesNoun;
    private const string PersonalTrait = BlameVocabulary.PersonalTrait;
    private const string BadGrade = BlameVocabulary.BadGrade;
    private const string Conduct = BlameVocabulary.Conduct;
    private const string Faculty = BlameVocabulary.Faculty;
    private const string Harm = BlameVocabulary.Harm;
    private const string ControlNoun = BlameVocabulary.ControlNoun;
    private const string DamageVerb = BlameVocabulary.DamageVerb;
    private const string CheckingAct = BlameVocabulary.CheckingAct;
    private const string CheckingGerund = BlameVocabulary.CheckingGerund;

    // Words that open the object of a transitive verb: "crashed the primary", "destroyed three days".
    private const string ObjectStart =
        "the|a|an|our|their|its|every|all|both|half|most|much|some|several|many|two|three|four|five|six|" +
        "ten|dozens|hundreds|thousands|millions|production|prod|customer|customers|user|users";
    private const string Failure = BlameVocabulary.Harm + "|down|offline|failed|fail|fails|broke|broken|crashed|" +
        "stalled|hung|corrupted|lost|deleted|overloaded|degraded|dropped|died|stopped|errored|unavailable|" +
        "unreachable|outage|wiped|exhausted|saturated|filled|full|wrong|awry|sideways|south";

    private const string NotSystemFollower =
        "!transfer|sharing|base|bases|management|capture|tooling|tools|system|systems|metadata|data|coverage|" +
        "monitoring|graph|graphs|signal|signals|mechanism|mechanisms|budget|budgets|routing|span|spans";

    /// <summary>Every phrase row.</summary>
    public static readonly IReadOnlyList<BlamePhrase> All =
    [
        // counterfactual: modal + perfect about a person; "had X done Y" with a person as X.
        new(Cf, Actor.NotSystem, "should|could|ought ~2 have !been"),
        new(Cf, Actor.Person, "should|could|ought ~2 have been"),
        new(Cf, Actor.Person, "would|might ~2 have"),
        new(Cf, Actor.Any, "if|unless ~3 @actor ~3 had|hadn't"),
        new(Cf, Actor.Any, "if ~2 @actor ~3 had not"),
        new(Cf, Actor.Any, "if only"),
        new(Cf, Actor.Any, "^ had ~2 @actor"),
        new(Cf, Actor.Person, "needed|had to make|ensure|check|verify|confirm|double-check|test|validate"),
        new(Cf, Actor.Person, "was|were|is|are meant|supposed|expected|required|obliged|obligated to"),
        new(Cf, Actor.Any, "right|correct|proper|better|smarter|wiser|safer call|move|choice|decision|thing would"),

        new(Cf, Actor.Any, "was up|on to ~2 @actor to"),

        new(Cf, Actor.Any, "had ~2 @actor ~1 *ed|done|known|taken|seen|gone|been|run|chosen|read|written|caught|" +
            "kept|made|spent|held|thought|stopped|paid|given"),
        new(Cf, Actor.Person, "needed|had to ~1 *ed|ed ~8 instead|sooner|earlier|first|immediately|before"),
        new(Cf, Actor.Person, "needed to"),
        new(Cf, Actor.Any, "instead|rather of|than ~6 @actor needed|had to"),
        new(Cf, Actor.Person, "had every|ample|plenty|many|several ~2 opportunity|opportunities|chance|" +
            "chances|occasion to"),
        new(Cf, Actor.Any, "with|given ~2 more|better|greater|closer|a-little|a-bit ~1 care|attention|diligence|" +
            "caution|vigilance|thought|effort|discipline|rigor|rigour"),

        // omission framing: a person as the subject of not doing.
        new(Om, Actor.Person, "failed|neglected|omitted|declined|forgot to"),
        new(Om, Actor.Person, "did not " + NotCognition),
        new(Om, Actor.Person, "never !seen|been|had|heard|known|expected|encountered|experienced|received|saw|knew|" +
            "needed|got|reached|happened|worked|existed"),
        new(Om, Actor.Person, "did|does nothing"),
        new(Om, Actor.Person, "took|made no action|attempt|effort|steps"),
        new(Om, Actor.Person, "missed"),
        // A skipped step or check is an omission; "skipped the remaining regions" is a choice of scope.
        new(Om, Actor.Person, "skip+ ~3 " + ControlNoun + "|step|steps|stage|stages|verification|backup|backups|" +
            "rollback|dry-run|smoke|test|warning|warnings|alert|alerts|page|pages|item|items|part|section|checklist"),
        new(Om, Actor.Person, "left ~4 out"),
        new(Om, Actor.Any, "nobody|no-one !was|were|is|are|has|had|knew|could|would|can|will ~4 " + NotExpected + " *ed"),
        new(Om, Actor.Any, "no one !was|were|is|are|has|had|knew|could|would|can|will ~4 " + NotExpected + " *ed"),
        new(Om, Actor.Any, "nobody|no-one ~4 checked|tested|looked|noticed|thought|asked|read|ran|caught|saw"),
        // "Nobody on the platform team ever tested the restore": the people may carry a phrase.
        new(Om, Actor.Any, "nobody|no-one ~6 " + CheckingAct),
        new(Om, Actor.Any, "no one ~6 " + CheckingAct),
        new(Om, Actor.Any, "unanswered|unacknowledged|unreviewed|unread|unaddressed|unattended|ignored ~4 by ~2 @person"),

        new(Om, Actor.Person, "let|allowed ~4 expire|lapse|slip|slide|run"),
        new(Om, Actor.Any, "without ~1 anyone|anybody|someone|somebody ~1 noticing|checking|acting|responding|looking|" +
            "reacting"),
        new(Om, Actor.Person, "not think to|about"),

        new(Om, Actor.Person, "neglect+|omit+"),
        new(Om, Actor.Person, "pass+|skip+|glossed|gloss over"),
        new(Om, Actor.Person, "left|leave|leaves|leaving ~4 sitting|hanging|firing|ringing|unanswered|unacknowledged|" +
            "unread"),
        // "the deploy went out with nobody watching": the absent watcher is a person's omission.
        new(Om, Actor.Any, "with nobody|no-one ~3 " + WatchingGerund),
        new(Om, Actor.Any, "with no one ~3 " + WatchingGerund),
        new(Om, Actor.Person, "left|leave|leaves|leaving ~4 enabled|disabled|unset|open|running|unpatched|unchecked|" +
            "unlocked|exposed|unattended|unfinished|undone|half-done|unmerged|unapplied|unrotated|unrenewed|" +
            "unmonitored|unaddressed|unresolved|untested|unverified|unreviewed"),
        new(Om, Actor.PersonAgent, "was|were|is|are|been ~1 not|never ~2 *ed|made|done|run|sent|taken|seen|read|" +
            "given|kept|set|shown|told|written"),
        new(Om, Actor.PersonAgent, "went|go|goes|gone|remained|remain|stayed|stay|sat|sit " +
            "unanswered|unacknowledged|unreviewed|unread|unaddressed|unattended|unnoticed|unchecked|ignored"),

        // Fronted negation inverts subject and verb: "at no point did the on-call check", "never once
        // did the reviewer open". Verbs of knowing stay local rationality.
        new(Om, Actor.Any, "no point|stage|time|moment|juncture|step ~4 did|does|do ~2 @actor " + NotCognition),
        new(Om, Actor.Any, "never|not ~1 once|again|one-time ~4 did|does|do ~2 @actor " + NotCognition),
        // A negative quantifier over people: "none of the engineers checked", "not a single reviewer ran".
        new(Om, Actor.Any, "none|neither of ~2 @person ~3 " + CheckingAct),
        new(Om, Actor.Any, "not ~1 single|one ~2 @person ~3 " + CheckingAct),
        // Acting without the check: "approved the migration without verifying the row counts".
        new(Om, Actor.Person, "without ~1 " + CheckingGerund),
        // A passive whose agent is a person: "the rollback plan was left undone by the reviewer".
        new(Om, Actor.PersonAgent, "was|were|is|are|been|left|got ~2 undone|unchecked|unreviewed|unread|unanswered|" +
            "unacknowledged|unaddressed|unattended|untested|unverified|unpatched|unfixed|unfinished|unexamined|" +
            "unmonitored|unhandled|unresolved|untouched|unactioned|unescalated|incomplete|half-done"),

        // human-error label.
        new(He, Actor.Any, "human|operator|user|manual|pilot|personnel|staff|engineer|individual|people|person|" +
            "engineering|admin|administrator error|errors|slip|slips|mistake|mistakes|fault|failure|oversight|problem|issue"),
        new(He, Actor.Any, "mistake|mistakes|blunder|blunders|misstep|missteps|slip-up|slip-ups|screw-up|screwup " +
            "!in|within|inside"),
        // "errors reported by users", "5xx errors seen by customers": people who receive an error did not
        // make it.
        new(He, Actor.Any, "error+|slip+|mistake+|typo+|blunder+|misstep+|oversight+|goof+|gaffe+ " +
            NotReceived + " ~4 on|by|from ~3 @person"),
        new(He, Actor.Person, "made|make|makes|making|committed|commit ~2 error|errors|mistake|mistakes|slip|" +
            "slips|blunder|blunders|misstep|missteps|typo|typos|gaffe|oversight|goof|boo-boo"),
        new(He, Actor.Any, "@poss ~1 error|errors|slip|slips|oversight|misstep|missteps|lapse|lapses|" +
            "failure|failures|failing|failings !budget|budgets|rate|rates|handling|log|logs|message|messages|" +
            "code|codes|mode|modes|domain|domains|detection|injection|scenario|scenarios|path|paths|case|cases|" +
            "count|counts|threshold|thresholds"),

        new(He, Actor.Any, "on the part of ~2 @person"),
        new(He, Actor.Person, "ran|typed|clicked|pressed|selected|picked|entered|applied|chose|running|typing|clicking|" +
            "pressing|selecting ~3 wrong"),
        new(He, Actor.Any, "wrong person|people|guy|hands"),
        new(He, Actor.Any, "layer|level 8"),
        new(He, Actor.Any, "pebkac|pebcak|id10t|id-10-t"),
        new(He, Actor.Any, "failure|failures|lapse|lapses by ~2 @actor"),

        // character judgment: traits, general and idiomatic.
        new(Ch, Actor.Any, PersonalTrait),
        new(Ch, Actor.Any, "out of ~1 depth|league"),
        new(Ch, Actor.Person, "lost ~1 nerve|head|cool|composure"),
        new(Ch, Actor.Person, "panicked|flailed|freaked"),
        new(Ch, Actor.Any, "knows|know|knew better"),
        new(Ch, Actor.Any, "in over ~1 head"),
        new(Ch, Actor.Any, "not up to the job|task"),
        new(Ch, Actor.Any, "not cut out for"),
        new(Ch, Actor.PersonInSentence, "a liability"),
        new(Ch, Actor.Person, "can|could not be trusted|relied|depended|counted"),
        new(Ch, Actor.Person, "cannot ~1 be trusted|relied|depended|counted"),
        new(Ch, Actor.Any, "by nature"),
        new(Ch, Actor.Person, "groggy|dozy|half-asleep|sluggish"),

        new(Ch, Actor.Person, BlameVocabulary.PersonTrait),
        new(Ch, Actor.Person, BlameVocabulary.NegatedTrait),
        new(Ch, Actor.Any, BlameVocabulary.NegatedTrait + "|" + BlameVocabulary.PersonTrait + " ~2 @person"),
        new(Ch, Actor.Person, "is|was|are|were|am|been|be|seem|seems|seemed|become|became|proved|proven ~1 not|never " +
            "~2 a|an|the|very|particularly|especially|terribly|exactly ~1 " + BlameVocabulary.PositiveTraitWord),
        new(Ch, Actor.Person, "has|have|had|with ~2 habit|tendency|history|track-record|reputation|attitude|" +
            "mindset|streak of|to|for"),
        new(Ch, Actor.Any, "is|was|are|were|been ~2 a|an ~2 accident waiting to happen"),

        // normative judgment: grading a decision or response.
        new(No, Actor.Any, BadGrade + " ~1 " + Conduct),
        new(No, Actor.PersonOrPossessive, "was|were|is|are|been ~1 poor|inadequate|unacceptable|unprofessional|" +
            "subpar|substandard|sloppy|shoddy|inexcusable|unforgivable|indefensible|lax|" +
            "deficient|amateurish|misguided|ill-advised|unjustified|careless|negligent"),
        new(No, Actor.NotSystem, "mishandled|mismanaged|misjudged|mishandling|mismanagement|misjudgment|" +
            "misjudgement|inappropriately|improperly|wrongly|unwisely|unacceptably|inexcusably|unprofessional|" +
            "unprofessionally|inexcusable|unforgivable|indefensible|unacceptable|egregious|disgraceful|shameful|" +
            "amateurish|irresponsible"),
        new(No, Actor.NotSystem, "handled|managed|executed|coordinated|led ~1 " + BadManner),
        new(No, Actor.NotSystem, BadManner + " handled|managed|executed|coordinated|led|judged"),

        new(No, Actor.PersonOrPossessive, "was|were|is|are not acceptable|professional|appropriate|okay|ok|good"),
        new(No, Actor.Any, "below|beneath ~1 standard|standards|expectations|par"),
        new(No, Actor.PersonOrPossessive, "fell|falls|fall short"),
        new(No, Actor.NotSystem, "ill-considered|ill-conceived|ill-timed|rash|half-baked|sub-par|pathetic|" +
            "embarrassing|disgraceful"),
        new(No, Actor.Person, "incorrectly|wrongly|improperly|poorly|badly|sloppily|carelessly"),
        new(No, Actor.Any, "failure of ~1 judgment|judgement|leadership|professionalism"),
        new(No, Actor.Any, "error|errors|mistake|mistakes of ~1 judgment|judgement"),
        new(No, Actor.Any, Conduct + " ~6 cannot|not be defended|justified|excused|condoned"),
        new(No, Actor.PersonOrPossessive, "left|leaves|leave|leaving ~3 to be desired"),
        new(No, Actor.Any, "it was|is wrong of|to"),
        new(No, Actor.Any, "poorly|badly|ill thought|thought-out|conceived|considered"),
        new(No, Actor.Any, "no serious|competent|reasonable|professional|self-respecting ~1 provider|engineer|team|" +
            "company|vendor|person|operator|developer"),

        new(No, Actor.Any, Conduct + " ~6 was|were|is|are|been|seemed|proved|looked ~3 " + BadGrade),
        new(No, Actor.Any, "it was|is|seems|seemed ~2 " + BadGrade + " of|for ~3 @person"),
        new(No, Actor.Any, "it was|is|seems|seemed ~1 " + BadGrade + " to"),
        new(No, Actor.PersonOrPossessive, "out of line !with"),
        new(No, Actor.PersonOrPossessive, "was|were|is|are|been ~3 " + BadGrade + " !for|to|when|of|at"),

        // "should never have been approved": a person's decision graded after the fact; the participles
        // are acts of approval, which only people perform.
        new(No, Actor.Any, "should|ought ~1 never|not ~1 have been approved|merged|signed|greenlit|green-lit|" +
            "authorized|authorised|accepted|attempted|okayed|sanctioned|rubber-stamped"),

        // person as cause.
        new(Pc, Actor.Any, "@poss ~8 cause|caused|causing|culprit|broke|killed|triggered|responsible|fault|blame"),
        new(Pc, Actor.Any, "@poss ~8 took|brought|knocked ~2 down|out"),
        new(Pc, Actor.Any, "traces|traced|trace|tracked|pinned|attributed|blamed|boils|boiled|narrowed ~5 to|on " +
            "~5 @person"),
        new(Pc, Actor.Any, "comes|came|come down to ~3 @person"),
        new(Pc, Actor.Any, "because|courtesy of ~2 @actor"),
        new(Pc, Actor.Any, "due|owing to ~2 @actor"),
        new(Pc, Actor.Any, "caused|broken|precipitated|provoked by ~3 @person"),
        new(Pc, Actor.Any, Harm + " ~4 triggered|started|introduced|sparked|created|set|kicked|brought ~2 by " +
            "~3 @person"),
        new(Pc, Actor.Any, "cause|causes|culprit|culprits|fault|trigger|instigator ~6 was|is|were|" +
            "turned|proved|proves|seems|appears ~3 @person"),
        // "source", "origin" and "root" name an origin of anything ("the source of the report"): only
        // the origin of harm blames.
        new(Pc, Actor.Any, "source|sources|origin|origins|root of|for ~3 " + Harm + " ~2 was|is|were|turned|proved|" +
            "proves|seems|appears ~3 @person"),
        new(Pc, Actor.Person, "owns|own|owned ~2 outage|incident|failure|breakage|downtime|mess"),
        new(Pc, Actor.Person, "caused|causing"),
        new(Pc, Actor.Person, "brought|bring|brings|bringing about"),
        new(Pc, Actor.Person, "triggered|started|introduced|sparked|precipitated|created|set-off ~3 " + Harm),
        new(Pc, Actor.Person, "broke|breaks"),
        new(Pc, Actor.PersonInSentence, "responsible for ~3 outage|incident|failure|breakage|downtime " +
            "!response|review|process|commander|channel|bridge"),
        new(Pc, Actor.Person, "took|brought|knocked|take|takes|bring|brings|knock ~3 down|out|offline|over !of"),
        new(Pc, Actor.Person, "is|are|was|were to blame"),
        new(Pc, Actor.Person, "is|are|was|were at fault"),
        new(Pc, Actor.Person, "is|are|was|were responsible for ~3 outage|incident|failure|breakage|downtime"),
        new(Pc, Actor.Any, "this|that|it|one|" + Harm + " is|was|lies|rests|falls|sits on ~3 @actor"),
        new(Pc, Actor.Any, "it was|is ~3 @actor who|that ~3 " + CleftAct),
        // The cleft may single out a person's work: "it was Omar's change that took down checkout".
        new(Pc, Actor.Any, "it was|is ~3 @poss ~3 that|which ~3 " + CleftAct),
        new(Pc, Actor.Any, Failure + " ~8 because|since ~3 @actor !saw|thought|believed|assumed|expected|knew|" +
            "was|were|had|did|" +
            "could|followed|trusted|read|checked|noticed|understood|needed|wanted|tried|is|are|has|have|" +
            "would|will|can|saw|felt|judged|decided|chose|considered|reasoned|relied|used|got"),
        new(Pc, Actor.Any, "blame|blamed|blaming ~2 @actor"),
        new(Pc, Actor.Any, "blame lies|rests|falls with|on"),
        new(Pc, Actor.Any, "blame|fault|onus|culpability ~6 rests|rest|lies|lie|lay|falls|fell|belongs|sits|sat|goes|" +
            "went|attaches ~2 with|on|to ~3 @person"),
        new(Pc, Actor.Any, "responsibility|accountability for ~4 " + Harm + " ~2 rests|lies|lay|falls|fell|belongs|" +
            "sits|goes|went ~2 with|on|to ~3 @person"),
        new(Pc, Actor.Any, Harm + " ~4 start+|began|begin+|originate+|stem+|arose|arise+|came|come+|result+|" +
            "traces ~1 with|from|to ~3 @person"),

        new(Pc, Actor.Any, "stemmed|stems|resulted|results|originated from ~2 @person"),
        new(Pc, Actor.Person, "is|was|were|are the ~1 culprit|cause|reason|problem"),

        new(Pc, Actor.Any, "fault|doing of ~3 @person"),

        // A person, or a person's work, as the agent of damage: "the contractor's script corrupted the
        // table", "the DBA overloaded the primary". The object after the verb marks it transitive, so
        // "my laptop crashed" stays a plain account; the possessive must open the subject, so "an error
        // in the operator's loader crashed the controller" names no person as the agent.
        new(Pc, Actor.Any, "^ ~2 @poss ~6 " + DamageVerb + "|wipe+|erase+ " + ObjectStart),
        new(Pc, Actor.Person, DamageVerb + " " + ObjectStart),
        // A person as the root or source of the harm, or where the responsibility rests.
        new(Pc, Actor.Person, "is|was|were|are the ~1 root|source|origin|trigger|instigator of|for|behind ~3 " +
            Harm + "|it|this|that|everything|all"),
        new(Pc, Actor.Any, "responsibility|accountability|culpability|liability !for|of ~2 rests|rest|lies|lie|lay|" +
            "falls|fell|sits|sat|belongs ~2 with|on ~3 @person"),
        // Harm, then a person given as its reason: "we lost an hour of orders thanks to the operator".
        new(Pc, Actor.Any, Failure + " ~8 thanks to ~2 @actor"),
        new(Pc, Actor.Any, "on account of ~2 @actor"),
        new(Pc, Actor.Any, "at the hands of ~2 @actor"),
        new(Pc, Actor.Any, "goes|go|went|going|leads|lead|led|points|point|pointed back to ~3 @person"),
        new(Pc, Actor.Any, "caused|triggered|precipitated|provoked when ~3 @actor"),
        // The harm as the outcome of a person's work, or laid at their door.
        new(Pc, Actor.Any, "consequence|consequences|result|product|outcome of ~3 @poss"),
        new(Pc, Actor.Any, "was|is|were|are ~3 @poss doing|handiwork"),
        new(Pc, Actor.Any, "at ~2 feet|door|doorstep of ~3 @person"),
        new(Pc, Actor.Person, "is|was|are|were why ~6 " + Failure),
        // Bringing a system "to a halt", "to its knees": damage in an idiom.
        new(Pc, Actor.Any, "^ ~2 @poss ~6 brought|bring|brings|ground ~3 to a|its|their ~1 halt|" +
            "standstill|knees|crawl"),
        new(Pc, Actor.Person, "brought|bring|brings|ground ~3 to a|its|their ~1 halt|standstill|knees|crawl"),

        // hindsight and obviousness.
        new(Hi, Actor.NotEvidence, "obviously|obvious|predictably|predictable|foreseeable|unsurprisingly|" +
            "inevitably|evidently|self-evident|self-evidently|clearly|plainly !show|shows|showed|shown|indicate|" +
            "indicates|indicated|demonstrate|demonstrates|demonstrated|confirm|confirms|confirmed|reveal|" +
            "reveals|revealed|visible|marked|labeled|labelled|documented|stated|states|separated|defined|" +
            "track|tracks|correlate|correlates|rise|rises|rose|fall|falls|fell|spike|spikes|spiked|match|" +
            "matches|follow|follows|mirror|mirrors|coincide|coincides|point|points|climb|climbs|drop|drops|" +
            "peak|peaks|jump|jumps|lag|lags|lead|leads|increase|increases|decrease|decreases|grow|grows|" +
            "differ|differs|line|lines|trend|trends|precede|precedes|preceded", ""),
        new(Hi, Actor.Any, "of course", ""),
        new(Hi, Actor.Any, "needless to say", ""),
        new(Hi, Actor.Any, "any|every engineer|developer|admin|sre|operator|junior|intern|student|newcomer|" +
            "beginner|one|fool knows|know|understands|should|could|can"),
        new(Hi, Actor.Any, "anyone|anybody|everyone|everybody ~2 could|would|should|can see|tell|know|spot"),
        new(Hi, Actor.Any, "plain|clear|easy|obvious to see|spot|predict|foresee|tell|avoid|prevent|catch|notice"),
        new(Hi, Actor.Any, "plain as day"),
        new(Hi, Actor.Any, "in plain sight"),
        new(Hi, Actor.Any, "not take ~1 genius|rocket|brain|scientist|expert"),
        new(Hi, Actor.Any, "not need ~4 to know|see|tell|realize|realise|understand|figure|spot"),
        new(Hi, Actor.Any, "101"),
        new(Hi, Actor.Any, "basic|elementary|rudimentary|beginner|entry-level|first-year|textbook " +
            "stuff|knowledge|practice|thing|lesson|material|competence|hygiene|diligence"),
        new(Hi, Actor.Any, "the basics"),
        new(Hi, Actor.Any, "red flag|flags"),
        new(Hi, Actor.Any, "warning signs|signals|signs were|was ~1 there|visible|ignored"),
        new(Hi, Actor.Any, "writing on the wall"),
        new(Hi, Actor.Any, "saw|see|seen it coming"),
        new(Hi, Actor.Any, "waiting|bound to happen"),
        new(Hi, Actor.Any, "matter of time"),
        new(Hi, Actor.Any, "staring ~2 in the face"),
        new(Hi, Actor.Any, "just|simply needed|had to"),
        new(Hi, Actor.Any, "all it took|takes|needed"),
        new(Hi, Actor.Any, "all ~2 had to do"),
        new(Hi, Actor.Any, "should|would have been obvious|clear|apparent"),
        new(Hi, Actor.Any, "no-brainer"),
        new(Hi, Actor.Any, "common sense"),

        new(Hi, Actor.Any, "rocket science"),
        new(Hi, Actor.Any, "everyone|everybody knows|knew"),
        new(Hi, Actor.Any, "avoidable|preventable|foreseen"),
        new(Hi, Actor.Any, "easily|trivially|readily avoided|prevented|caught|spotted|foreseen|predicted"),
        new(Hi, Actor.Any, "any competent|reasonable|decent|halfway ~1 engineer|person|developer|admin|operator"),
        new(Hi, Actor.Any, "anyone|anybody ~3 seen|known|spotted|caught|predicted|foreseen|noticed"),

        new(Hi, Actor.NotEvidence, "evident++|inevitable++|foreseeable++|predictable++|unmissable|glaring++"),
        new(Hi, Actor.NotEvidence, "it|this|that was|is|seemed|seems|became|should|must ~2 !not|never clear|plain|" +
            "obvious|evident|apparent|plainer|clearer|crystal-clear|glaring that|from"),
        new(Hi, Actor.Any, "could|can not have been ~2 plainer|clearer|simpler|easier|more-obvious"),
        new(Hi, Actor.NotEvidence, "^ naturally|unsurprisingly|predictably|inevitably|obviously"),
        new(Hi, Actor.Any, "simply|just|merely|only ~1 *ing ~6 would|could|might have"),
        new(Hi, Actor.Any, "a|one single|quick|simple|basic|cursory ~1 glance|look|check|query|test|grep|search|" +
            "read ~6 would|could|might have"),
        new(Hi, Actor.Any, "all it ~2 took|takes|taken|needed|required|needs|take"),
        new(Hi, Actor.Any, "right ~1 there|here ~6 whole time|along"),
        new(Hi, Actor.Any, "end+ in tears"),

        new(Hi, Actor.Any, "fix|solution|remedy|answer|mitigation|workaround ~2 was|is|were|would-have-been ~2 " +
            "trivial|simple|easy|obvious|straightforward|elementary"),
        new(Hi, Actor.Any, "trivial|simple|easy|obvious|one-line|one-liner fix|solution|remedy"),

        // motive and effort.
        new(Mo, Actor.NotSystem, "not bother|bothered|care|cared|be-bothered"),
        new(Mo, Actor.Person, "ignored|ignoring|ignore|ignores|disregarded|disregarding|dismissed|dismissing"),
        new(Mo, Actor.Person, "brushed|shrugged|waved|laughed|tossed|threw|swept|brushing|shrugging|tossing|" +
            "waving ~5 off|aside|away"),
        new(Mo, Actor.Person, "paid|pays|paying|pay no|little heed|attention|mind"),
        new(Mo, Actor.Any, "turned|turn|turning a blind eye"),
        new(Mo, Actor.Any, "looked|look|looking the other way"),
        new(Mo, Actor.Person, "sat on"),
        new(Mo, Actor.Any, "dragged|dragging ~1 feet"),
        new(Mo, Actor.Person, "without ~1 glance|looking|reading|checking|trying|bothering|thinking|" +
            "understanding|caring|asking|questioning|verifying|second|look|thought"),
        new(Mo, Actor.Any, "rubber-stamp*|rubberstamp*"),
        new(Mo, Actor.Any, "rubber stamp*"),
        new(Mo, Actor.Any, "waved ~2 through"),
        new(Mo, Actor.Any, "deign*"),
        new(Mo, Actor.Any, "cut|cuts|cutting corners"),
        new(Mo, Actor.Any, "corner-cutting|half-hearted|half-heartedly|half-assed|grudgingly|begrudgingly|" +
            "hastily|haphazardly|impatience|impatiently"),
        new(Mo, Actor.Person, "rather than ~1 deal|dealing|fix|fixing|investigate|investigating|look|looking|read|" +
            "reading|check|checking|address|addressing|wait|waiting"),
        new(Mo, Actor.Any, "convenience|expedience|expediency over"),
        new(Mo, Actor.PersonInSentence, "over safety|caution|correctness"),
        new(Mo, Actor.PersonInSentence, "just to get|ship|finish|close|push|merge|save|avoid|hit|meet|skip|" +
            "clear|leave"),
        new(Mo, Actor.Person, "instead of fixing|investigating|understanding|reading|testing|checking|dealing|addressing"),
        new(Mo, Actor.PersonInSentence, "tedious|boring|hassle|chore|inconvenient|tiresome|annoying|irritating|" +
            "bothersome"),
        new(Mo, Actor.PersonInSentence, "too much work|effort|trouble|hassle"),
        new(Mo, Actor.Any, "nobody|no-one ~2 wanted|cared|bothered|felt"),
        new(Mo, Actor.Any, "no one ~2 wanted|cared|bothered|felt"),
        new(Mo, Actor.Person, "rushed|rushing|hurried|hurrying"),
        new(Mo, Actor.Person, "in a hurry|rush"),
        new(Mo, Actor.Any, "wanted to go|get home"),
        new(Mo, Actor.Person, "chose|choose|chooses|decided|opted ~2 not to bother"),

        new(Mo, Actor.PersonInSentence, "to save ~1 time|effort|minutes|a-few"),
        new(Mo, Actor.Any, "for|of|out of convenience|laziness|impatience|spite|indifference|expedience"),
        new(Mo, Actor.Person, "took|take|taking ~1 shortcut|shortcuts|easy"),
        new(Mo, Actor.Person, "blew|blowing ~2 off|past"),
        new(Mo, Actor.Person, "glossed|glossing over"),
        new(Mo, Actor.Person, "skimmed|skimming"),
        new(Mo, Actor.Any, "barely ~1 looked|read|checked|tested|glanced|reviewed|skimmed"),
        new(Mo, Actor.Any, "ticked|ticking the box"),
        new(Mo, Actor.Any, "going|went through the motions"),

        new(Mo, Actor.Person, "went|go|goes|going|gone back to sleep|bed"),
        new(Mo, Actor.Person, "more interested|concerned|focused|worried|invested ~1 in|with|about ~6 than"),
        new(Mo, Actor.Person, "cared|care|cares ~1 more about ~6 than"),
        new(Mo, Actor.Any, "lip service"),
        new(Mo, Actor.Any, "rush+|hurry ~4 out-the-door|through|into-production"),
        new(Mo, Actor.Any, "an|as|was|were|is|are afterthought|afterthoughts"),
        new(Mo, Actor.Any, "could|would not|never be bothered|arsed|fussed"),

        // A fronted "rather than" sets a diligent act aside: "Rather than wait for the canary, the
        // developer pushed to every region."
        new(Mo, Actor.PersonInSentence, "^ rather|instead than|of ~1 deal|fix|investigate|look|read|" +
            "check|address|wait|ask|" +
            "test|verify|confirm|review|escalate|page|follow|file|open|raise|consult|understand|dealing|fixing|" +
            "investigating|looking|reading|checking|waiting|asking|testing|verifying|confirming|reviewing|" +
            "escalating|following|filing|opening|raising|consulting"),
        // Dismissing a safeguard's prompt unread: "clicked through the warnings".
        new(Mo, Actor.Person, "click+|tap+|page+|scroll+ ~1 through|past ~3 warning|warnings|prompt|prompts|dialog|" +
            "dialogs|dialogue|dialogues|confirmation|confirmations|modal|modals|banner|banners|popup|popups|" +
            "pop-up|pop-ups|notice|notices|checklist|checklists"),
        new(Mo, Actor.Person, "skimp+|shirk+|skive+|scrimp+"),
        new(Mo, Actor.Person, "slacked|slacking|slack ~1 off"),
        new(Mo, Actor.Any, "blindly|mindlessly|perfunctorily|perfunctory"),
        new(Mo, Actor.PersonInSentence, "waste|wasted of ~1 time|effort"),
        new(Mo, Actor.Person, "cursory|cursorily"),
        // "without so much as a glance", "didn't so much as open the dashboard": the least effort, withheld.
        new(Mo, Actor.Any, "without|not so much as"),

        new(Mo, Actor.Person, "prioritize+|prioritise+ ~4 over|above ~2 fixing|safety|stability|reliability|" +
            "correctness|testing|quality|security|caution|the-fix|the-incident|the-outage|customers"),

        // lapse and deficiency: memory, attention, skill.
        new(La, Actor.Person, "forgot|forgotten|forgetting|forget|forgets"),
        new(La, Actor.Person, "overlooked|overlooking|overlook|overlooks"),
        new(La, Actor.Person, "not|never|failed to remember|recall|notice|spot|register"),
        new(La, Actor.Any, "inattention|inattentive|inattentiveness|absent-minded|absentminded|" +
            "absent-mindedly|forgetful|forgetfulness|inexperience|inexperienced|unskilled|ignorance|unfamiliarity"),
        new(La, Actor.Person, "distracted|misread|misremembered|mistook"),
        new(La, Actor.Person, "mixed|mixing|mixes ~3 up"),
        new(La, Actor.Person, "confused|confusing ~4 with|for"),
        new(La, Actor.Any, "lapse|lapses in|of attention|concentration|judgment|judgement|focus|memory"),
        new(La, Actor.Any, "memory|attention|mental|momentary|concentration lapse|lapses"),
        new(La, Actor.Any, "brain fart|freeze"),
        new(La, Actor.Any, "zoned|spaced out"),
        new(La, Actor.Any, "not paying attention"),
        new(La, Actor.Any, "for|to anyone|anybody|someone ~2 paying attention"),
        new(La, Actor.Person, "lost ~1 concentration|focus|track|attention|sight"),
        new(La, Actor.Person, "not concentrating|focusing|focused|careful|thorough|attentive|diligent|alert"),
        new(La, Actor.Any, "attention to detail"),
        new(La, Actor.Any, "lack|lacked|lacking|absence ~1 of ~1 " + Faculty + " " + NotSystemFollower),
        new(La, Actor.PersonInSentence, "poor|limited|weak|insufficient|inadequate|little|scant|minimal " +
            Faculty.Replace("|training", "", StringComparison.Ordinal) + " " + NotSystemFollower),
        new(La, Actor.Person, "lacked|lacks|lack the ~1 skill|skills|knowledge|experience|competence|expertise"),

        new(La, Actor.Any, "slipped ~2 mind"),
        new(La, Actor.PersonInSentence, "knowledge|skill|skills|competence|experience gap"),
        new(La, Actor.Any, "too junior|inexperienced|green|new"),

        new(La, Actor.Any, "slip+ up"),
        new(La, Actor.Any, "@poss memory|attention|concentration|focus|vigilance|mind ~1 failed|fail|fails|lapsed|" +
            "slipped|wandered|drifted|faltered|wavered|strayed"),
        new(La, Actor.Any, "@poss ~2 knowledge|skills|skill|grasp|understanding|experience|competence|expertise|" +
            "training|familiarity|command|mastery ~6 not|insufficient|inadequate|lacking|limited|weak|poor|" +
            "deficient|shaky|patchy|thin|superficial|rusty"),
        new(La, Actor.Any, "@poss limited|poor|weak|shaky|patchy|insufficient|inadequate|scant|superficial|" +
            "rudimentary|rusty|thin ~1 " + Faculty),

        // rule violation.
        new(Rv, Actor.Person, "violated|violating|violate|violates|breached|breaching|breach|contravened|" +
            "contravening|defied|defying|flouted|flouting|flout|disobeyed|disobeying|transgressed"),
        new(Rv, Actor.Person, "circumvent+|sidestep+|evade+|flout+"),
        new(Rv, Actor.Person, "bypass+|skirt+|override+|overrode|overridden|dodge+|ignore+|disregard+ ~4 " +
            ControlNoun),
        new(Rv, Actor.Any, "breach|breaches|violation|violations|defiance|contravention|disregard of ~3 " +
            RulesNoun + "|change"),
        new(Rv, Actor.Any, "flouting|flouted|flout|defying|defied|disobeying"),
        new(Rv, Actor.Person, "not|never|failed to follow|obey|respect|adhere|comply|observe"),
        new(Rv, Actor.Person, "broke|broken|breaking|ignored|ignoring|skipped|skipping ~6 " + RulesNoun),
        new(Rv, Actor.Any, "which|that breaks|broke|violates|violated|contravenes|contravened ~2 " + RulesNoun),
        new(Rv, Actor.PersonInSentence, RulesNoun + " forbids|forbid|forbade|prohibits|prohibit|disallows|bans"),
        new(Rv, Actor.Person, "went|go|going|goes|worked|got|get|getting around|round|past ~3 " + ControlNoun),
        new(Rv, Actor.Person, "went|go|going|goes|worked|got|get|getting around ~2 process|policy|procedure|" +
            "review|approval|rules|controls|checks|gate|gates"),
        new(Rv, Actor.Person, "against|outside ~2 " + RulesNoun),
        new(Rv, Actor.Any, "without ~3 required|mandatory|necessary ~2 approval|sign-off|signoff|review|ticket|" +
            "approvals|check|approver|reviewer|reviewers|approvers"),
        new(Rv, Actor.Any, "off-script|off-book|off-process|non-compliant|noncompliant|non-compliance|" +
            "noncompliance"),

        new(Rv, Actor.Person, "skipped|skipping|bypassed|bypassing|dodged|dodging ~3 review|approval|sign-off|signoff|" +
            "canary|staging|checks"),
        new(Rv, Actor.Person, "without ~2 approval|sign-off|signoff|authorization|authorisation|permission"),
        new(Rv, Actor.Person, "unauthorized|unauthorised|unapproved|unsanctioned"),
        new(Rv, Actor.Any, "contrary to ~2 " + RulesNoun),

        new(Rv, Actor.Any, "infringement+|infraction+|transgression+|contravention+|violation+|breach+ of ~3 " +
            RulesNoun),
        new(Rv, Actor.Person, "outside|against|without|beyond ~2 approved|agreed|sanctioned|permitted|authorized|" +
            "authorised|required|mandatory|mandated|allowed"),
        new(Rv, Actor.Person, "without ~3 going|following|getting|obtaining|asking|filing|seeking|waiting|raising " +
            "~3 " + ControlNoun + "|permission|request|sign-off|ticket"),
        new(Rv, Actor.Any, "without ~4 " + RulesNoun + " requires|required|mandates|mandated|demands|demanded"),
        new(Rv, Actor.Person, "deviate+|depart+|stray+|strayed from ~3 " + RulesNoun +
            "|plan|plans|script|approved|agreed"),

        // person-targeted remediation.
        new(Pr, Actor.Any, "be ~1 more|extra|especially|very careful|vigilant|diligent|thorough|cautious|attentive|" +
            "mindful|alert"),
        new(Pr, Actor.Any, "be careful|vigilant|diligent|mindful"),
        new(Pr, Actor.Any, "more careful|attentive|vigilant|diligent|cautious|mindful|carefully|thoroughly|diligently|" +
            "attentively|rigorously"),
        new(Pr, Actor.Any, "be ~1 coached|counseled|counselled|retrained|re-trained|mentored|disciplined|reprimanded|" +
            "warned"),
        new(Pr, Actor.Any, "pay|paying|pays ~1 more|closer|extra|better|greater|special|careful attention"),
        new(Pr, Actor.Any, "take|takes|taking their|his|her|your|our time"),
        new(Pr, Actor.Any, "take|takes|taking more|extra|greater|better care"),
        new(Pr, Actor.Any, "think twice"),
        new(Pr, Actor.Person, "double-check|double-checks|doublecheck"),
        new(Pr, Actor.Any, "retrain|retrained|retraining|re-train|re-training|retrains ~2 @person"),
        new(Pr, Actor.PersonInSentence, "receive|receives|undergo|undergoes|attend|attends|complete|completes|" +
            "get|gets|given|assigned|needs ~3 training|retraining|re-training|coaching|counseling|counselling|" +
            "reprimand|warning|warnings|talking-to|discipline|refresher"),
        new(Pr, Actor.Any, "written|formal|verbal|final ~1 warning|reprimand"),
        new(Pr, Actor.Any, "reprimand*|disciplin*|probation"),
        new(Pr, Actor.Any, "fire|fired|firing|terminate|terminated|suspend|suspended|demote|demoted|dismiss|" +
            "dismissed ~2 @actor"),
        new(Pr, Actor.Any, "@poss ~1 access|permissions|privileges|rights|credentials ~3 revoked|removed|" +
            "suspended|restricted|pulled|withdrawn|limited|taken|stripped|cut|curtailed|withheld|frozen|reduced|" +
            "downgraded|rescinded|yanked|confiscated"),
        new(Pr, Actor.Any, "revoke|revoked|remove|removed|restrict|restricted|suspend|suspended|pull|pulled ~3 " +
            "@poss ~2 access|permissions|privileges|rights"),
        new(Pr, Actor.Any, "performance review|reviews|evaluation|evaluations|appraisal|appraisals|rating|plan|plans|" +
            "warning|warnings|conversation|conversations|file|record"),
        new(Pr, Actor.Any, "count|counts|counted|held|hold ~1 against ~2 @person"),
        new(Pr, Actor.Any, "hold|held|holding ~3 accountable|responsible"),
        new(Pr, Actor.Any, "shadow|shadowing|shadows ~2 senior|experienced|another"),
        new(Pr, Actor.Any, "under ~1 supervision"),
        new(Pr, Actor.Any, "supervised by"),
        new(Pr, Actor.Person, "must|should|need|needs ~2 remember"),
        new(Pr, Actor.NotSystem, "remind|reminded|reminding ~3 @actor"),
        new(Pr, Actor.Any, "be|been|were|was reminded"),
        new(Pr, Actor.Any, "learn|learned|learnt ~1 their|his|her|a lesson"),

        new(Pr, Actor.Any, "face|faced|faces ~2 consequences"),
        new(Pr, Actor.Any, "on notice"),
        new(Pr, Actor.Any, "will|should|must|would ~1 lose ~3 access|privileges|rights|permissions"),
        new(Pr, Actor.Any, "no longer be allowed|permitted|trusted"),
        new(Pr, Actor.Any, "pair|pairing with ~2 senior|experienced"),
        new(Pr, Actor.PersonInSentence, "mandatory|compulsory|remedial|refresher ~2 course|courses|class|classes|" +
            "workshop|workshops|retraining|re-training|coaching"),
        new(Pr, Actor.Any, "closer|tighter|watchful eye|eyes on ~3 @actor"),
        new(Pr, Actor.Any, "more|additional|extra|mandatory|remedial|refresher training|coaching " +
            "!data|set|sets|job|jobs|run|runs|pipeline|pipelines"),
        new(Pr, Actor.Any, "reminder to|for ~2 @actor"),
        new(Pr, Actor.PersonInSentence, "written up"),
        new(Pr, Actor.NotSystem, "re-read|reread|re-learn|relearn|re-study|restudy|memorize|memorise"),
        new(Pr, Actor.Any, "brush|brushing up on"),

        new(Pr, Actor.Person, "be|been|being|was|were|is|are|get|got|gets ~1 fired|dismissed|terminated|suspended|" +
            "demoted|reassigned|disciplined|reprimanded|sacked|benched|sidelined|penalized|penalised|sanctioned|" +
            "censured|admonished|let-go"),
        new(Pr, Actor.Person, "be|been|being|was|were|is|are|get|got ~1 removed|taken|pulled|dropped|barred|banned|" +
            "excluded|moved|rotated|kicked ~1 off|from|out ~3 rotation|on-call|oncall|project|team|pager|" +
            "production|access|role|duties|schedule|incident|account|repo|repository"),
        new(Pr, Actor.Any, "placed|put on ~2 pip|probation|notice|leave|watch|improvement-plan"),
        new(Pr, Actor.Any, "performance improvement plan|plans"),
        new(Pr, Actor.Any, "fire+|dismiss+|terminate+|demote+|reassign+|discipline+|sack+|bench+|counsel+|coach+|" +
            "retrain+|re-train+|reprimand+|sanction+|penalize+|penalise+|admonish+|censure+|re-educate+|reeducate+ " +
            "~2 @actor"),
        new(Pr, Actor.Person, "no longer be|have|get|hold|serve|work ~4 rotation|on-call|oncall|pager|access|rights|" +
            "permissions|privileges|production|deploy|deploys|merge|approve|lead|trusted|allowed"),
        new(Pr, Actor.Person, "stay|be|remain|keep|been|staying ~2 alert|awake|focused|sharp|vigilant|attentive|" +
            "on-guard"),
        new(Pr, Actor.Person, "slow|slowing down"),
        new(Pr, Actor.Any, "think ~1 before|twice"),
        new(Pr, Actor.Person, "reviewed|double-reviewed|checked|approved|supervised|signed ~2 by ~2 senior|" +
            "experienced|another|a-second|more-senior|lead"),
        new(Pr, Actor.Any, "^ always|never ~1 read|check|verify|remember|confirm|double-check|look|test|think|validate|" +
            "review|ask|re-read"),

        new(Pr, Actor.Any, "have|had|having|has a ~1 talk|word|talking-to with ~3 @person"),

        // Fixes aimed at a person by the work they may no longer do alone: access taken from them, a
        // senior at their side, a stern word, a reminder they must remember.
        new(Pr, Actor.Any, "revoke+|remove+|rescind+|withdraw+|withdrew|strip+|suspend+|pull+ ~3 access|permissions|" +
            "privileges|rights|credentials ~2 from ~3 @person"),
        new(Pr, Actor.Any, "access|permissions|privileges|rights|credentials ~3 revoked|removed|rescinded|withdrawn|" +
            "stripped|suspended|pulled|taken ~2 from ~3 @person"),
        new(Pr, Actor.Any, "strip+ ~3 @actor of"),
        new(Pr, Actor.Any, "remove+|pull+|drop+|take+|took|kick+|bar+|ban+|exclude+|bench+ ~3 @actor from|off ~3 " +
            "rotation|on-call|oncall|project|pager|production|duty|duties|schedule|roster"),
        // Pairing is a fix when it is imposed ("will be paired with", "must pair with"); "Luis paired with a
        // senior DBA to walk through the restore" is a step of the response.
        new(Pr, Actor.Any, "be|been|being|get|gets|getting ~1 paired|partnered|teamed|buddied|" +
            "matched ~2 with|alongside " +
            "~3 " + SeniorPartner),
        new(Pr, Actor.Any, "pair|partner|buddy ~2 with|alongside ~3 " + SeniorPartner),
        new(Pr, Actor.PersonInSentence, "stern|firm|formal|strong|strongly-worded|sharp|pointed|" +
            "severe reminder|reminders|" +
            "warning|warnings|talking-to|rebuke|reprimand"),
        new(Pr, Actor.NotSystem, "warn+ ~3 @actor against|not"),
        new(Pr, Actor.Any, "make|makes|making sure|certain ~4 @actor ~2 remember|remembers|recall|" +
            "recalls|forget|forgets"),
        new(Pr, Actor.Any, "ensure|ensures|ensuring ~3 @actor ~2 remember|remembers|recall|recalls|forget|forgets"),

        // loaded idioms.
        new(Li, Actor.Any, "fat-finger|fat-fingered|fat-fingering|fatfinger|fatfingered|fat-thumb|fat-thumbed|" +
            "fatthumbed", "mistyped"),
        new(Li, Actor.Any, "fat finger|fingered|fingers|thumb|thumbed", "mistyped"),
        new(Li, Actor.Any, "butterfinger*"),
        new(Li, Actor.Any, "dropped|drop|dropping|drops the ball"),
        new(Li, Actor.Any, "botch|botched|botching|botches", "ran"),
        new(Li, Actor.Any, "bork|borked|borking|borks", "broke"),
        new(Li, Actor.Any, "cowboy*"),
        new(Li, Actor.Any, "rookie|amateur|newbie|noob ~1 move|mistake|error|hour|stuff"),
        new(Li, Actor.Any, "bonehead*|noob|n00b|muppet|muppets|clown|clowns|clowning|bozo|idiot|idiots|moron|" +
            "morons|derp|facepalm|face-palm|yolo|yolod|yoloed|trigger-happy"),
        new(Li, Actor.Any, "headless chicken|chickens"),
        new(Li, Actor.Any, "dumb|stupid|idiotic|moronic|silly ~1 move|mistake|thing"),
        new(Li, Actor.Any, "asleep|sleeping at|on the wheel|switch|job"),
        new(Li, Actor.Any, "screwed|screw|screwing|screws ~1 up"),
        new(Li, Actor.Any, "screwed the pooch"),
        new(Li, Actor.Any, "messed|mess|messing ~2 up"),
        new(Li, Actor.Any, "goofed|goof|goof-up|flubbed|flub|fumbled|fumbling|bungled|bungle|bungling"),
        new(Li, Actor.Any, "own goal"),
        new(Li, Actor.Any, "shot|shoot ~2 in the foot"),
        new(Li, Actor.Any, "went|gone|going rogue"),
        new(Li, Actor.Any, "winging|winged|wing it"),
        new(Li, Actor.Any, "phoned|phoning|phone ~1 it in"),
        new(Li, Actor.Any, "on autopilot"),
        new(Li, Actor.Any, "lost the plot"),
        new(Li, Actor.Any, "code monkey|monkeys"),
        new(Li, Actor.Any, "fell|falls|fall|falling down on the job"),

        new(Li, Actor.Any, "blew it"),
        new(Li, Actor.Person, "blew|blown ~3 away"),
        new(Li, Actor.Any, "cock-up|cockup|balls-up|clanger|mucked|trainwreck|shitshow|clusterfuck|hack-job"),
        new(Li, Actor.Any, "train wreck"),
        new(Li, Actor.Any, "clown show"),
        new(Li, Actor.Any, "dumpster fire"),
        new(Li, Actor.Any, "hack job"),
        new(Li, Actor.Any, "jumped|jumping|jump the gun"),
        new(Li, Actor.Any, "shot|shooting from the hip"),

        new(Li, Actor.Any, "cock+|balls+|ball+|foul+|muck+|bugger+|louse+|bollix+|bollocks ~2 up"),
        new(Li, Actor.Any, "out to lunch"),
        new(Li, Actor.Any, "made|make|makes|making a ~1 hash|mess|hames|pig's|dog's|muck|botch|balls|shambles of"),
        new(Li, Actor.Person, "trash+|hose+|wreck+|torch+|clobber+|stomp+|tank+"),
        new(Li, Actor.Any, "amateur hour|night"),
        new(Li, Actor.Any, "shambolic|shambles|clown-show|clown-car|circus|tire-fire|tyre-fire|hot-mess|" +
            "car-crash|bodge|bodged|bodge-job|half-arsed|ham-fisted|cack-handed|face-planted|faceplanted"),
        new(Li, Actor.Person, "fell|fall|falls on ~1 face"),
        new(Li, Actor.Any, "blunder+|bumbl+|bungl+|fumbl+"),
        new(Li, Actor.Any, "asleep at|on the wheel|switch|job|helm"),

        // advisory: a single root cause.
        new(Rc, Actor.Any, "the|a|one|single|sole root cause"),
        new(Rc, Actor.Any, "^ root cause"),
        new(Rc, Actor.Any, "the|a single|sole|only cause"),
    ];
}
