namespace McpPostmortem.Linting;

/// <summary>
/// General English word classes the linter reasons with: who can be an actor (pronouns, role nouns),
/// what is a system, what negates, what marks a sentence as talking about words rather than people.
/// These are vocabulary, not sentences: each list is meant to hold for text the linter has never seen.
/// </summary>
internal static class Lexicon
{
    /// <summary>Pronouns and indefinites that stand for people.</summary>
    public static readonly HashSet<string> PersonPronouns = Set(
        "i me my myself we us our ourselves you your yourself he him his himself she her herself they " +
        "their themselves someone somebody anyone anybody everyone everybody nobody no-one whoever who");

    /// <summary>Role nouns: people by job, and the teams and organisations they form.</summary>
    public static readonly HashSet<string> RoleNouns = Set(
        "engineer engineers developer developers dev devs programmer programmers on-call oncall on-caller " +
        "on-callers responder responders operator operators admin admins administrator administrators " +
        "sysadmin sysadmins dba dbas sre sres reviewer reviewers approver approvers author authors " +
        "committer committers maintainer maintainers team teams squad crew staff staffer people person " +
        "persons human humans individual individuals lead leads manager managers commander commanders " +
        "ic intern interns contractor contractors consultant consultants employee employees " +
        "colleague colleagues coworker coworkers teammate teammates scientist scientists analyst analysts " +
        "architect architects tester testers qa pm pms tl director directors supervisor supervisors " +
        "newcomer newcomers hire hires junior juniors senior seniors rookie rookies specialist specialists " +
        "technician technicians owner owners department org organisation organization group");

    /// <summary>Role nouns that name software after a system noun ("certificate manager", "cluster operator").</summary>
    public static readonly HashSet<string> AmbiguousRoles = Set(
        "operator operators group human humans agent agents");

    /// <summary>Words for the system side: software, infrastructure, artifacts and processes.</summary>
    public static readonly HashSet<string> SystemNouns = Set(
        "system systems service services server servers script scripts job jobs cron pipeline pipelines " +
        "deploy deploys deployment deployments release releases change changes config configs " +
        "configuration process processes controller controllers client clients library libraries sdk api " +
        "apis database databases db replica replicas primary cluster clusters node nodes pod pods " +
        "container containers cache caches queue queues broker brokers consumer consumers producer " +
        "producers proxy proxies balancer balancers dns cdn resolver resolvers router routers switch " +
        "firewall waf probe probes check checks checker checkers health-check monitor monitors " +
        "monitoring alert alerts alerting dashboard dashboards scanner scanners limiter limiters " +
        "tokenizer parser parsers scheduler schedulers worker workers bot bots tool tools tooling " +
        "automation migration migrations rollout rollouts rollback rollbacks canary canaries test tests " +
        "suite build builds ci gate gates validator validators certificate certificates cert certs " +
        "network link links traffic request requests disk disks volume volumes storage backup backups " +
        "restore kernel host hosts instance instances vm vms region zone zones endpoint endpoints " +
        "gateway gateways app apps application applications model models trainer code patch flag flags " +
        "feature version versions upgrade upgrades update updates image images manifest manifests " +
        "runbook runbooks policy page pages pager alarm alarms metric metrics log logs graph trace traces " +
        "profile sidecar daemon kubelet terraform kubernetes kafka redis postgres mysql nginx " +
        "envoy helm ansible jenkins puppet chef lag latency error errors outage incident bug bugs defect " +
        "retry retries timeout timeouts heartbeat lease lock locks index schema table tables record " +
        "records protocol session sessions connection connections socket sockets thread threads memory " +
        "cpu quota limit limits budget slo sla rule rules engine engines platform infrastructure");

    /// <summary>Nouns for evidence: "the graph clearly shows" describes evidence, not hindsight.</summary>
    public static readonly HashSet<string> EvidenceNouns = Set(
        "graph graphs chart charts trace traces log logs profile profiles dashboard dashboards data metric " +
        "metrics timeline timelines screenshot screenshots dump dumps histogram histograms output record " +
        "records evidence capture captures report reports");

    /// <summary>Words that negate what follows them within a few words.</summary>
    public static readonly HashSet<string> Negators = Set(
        "not never no nothing nobody none neither nor hardly no-one");

    /// <summary>Capitalized words that open sentences and are not names.</summary>
    public static readonly HashSet<string> NotNames = Set(
        "the a an this that these those it its there here we our us i you your he she they their them " +
        "my his her every each all no some any many most few several both either neither one two three " +
        "after before during when while if had has have in on at by for from to with without between " +
        "under over given because since once then than so but and or nor yet also however although " +
        "though as about around across against along among into onto through until unless upon via " +
        "what which who whoever whom whose why how where everything nothing something anything " +
        "everyone someone anyone nobody lesson lessons remediation action follow-up note notes root " +
        "primary contributing summary impact cause fix update timeline monday tuesday wednesday " +
        "thursday friday saturday sunday january february march april may june july august september " +
        "october november december utc classic predictably obviously clearly plainly of be is was " +
        "were are do does did not let just only even still yes ok finally eventually later today " +
        "yesterday tomorrow overall instead meanwhile internal external error errors disk leader");

    /// <summary>Finite verbs that follow a subject; with any word ending in "-ed" they mark a name.</summary>
    public static readonly HashSet<string> CommonVerbs = Set(
        "was is had has did does should could would will must might may can needed and kept took went ran " +
        "made got lost left saw set put sent wrote thought knew told gave found began broke chose let " +
        "forgot missed never says said asked owns knows");

    /// <summary>Words that look possessive with "'s" but are contractions of "is" or "has".</summary>
    public static readonly HashSet<string> NotPossessive = Set(
        "it that there here what who where when how let he she this everything nothing something");

    /// <summary>Words after which a capitalized word is a product or place, not a person.</summary>
    public static readonly HashSet<string> Determiners = Set(
        "the a an this that these those its our their your every each any some no");

    /// <summary>Prepositions after which a capitalized word is a place ("errors from Sydney").</summary>
    public static readonly HashSet<string> PlacePrepositions = Set(
        "from in at near across via into towards toward around through within outside inside");

    /// <summary>Words that start a new clause, so a subject is not looked for past them.</summary>
    public static readonly HashSet<string> ClauseOpeners = Set(
        "because since although though whereas which so but when while once until unless if whether");

    /// <summary>Words a pattern gap does not cross: they start another clause.</summary>
    public static readonly HashSet<string> GapStoppers = Set(
        "because since although though whereas which so but when while once until unless whether that who");

    /// <summary>Phrases that mark a sentence as talking about the review or about words themselves.</summary>
    public static readonly IReadOnlyList<string> MetaMarkers =
    [
        "the word", "the words", "the phrase", "the phrases", "the term", "the terms", "the label",
        "the labels", "phrases to avoid", "words to avoid", "terms to avoid", "writing guide", "style guide",
        "we avoid", "avoid the", "avoid words", "avoid phrases", "was rewritten", "were rewritten",
        "rewritten as", "reworded", "the draft", "this review", "this document", "this postmortem",
        "this retrospective", "not to find", "not to assign", "not to blame", "not about blame",
        "who was at fault", "who is at fault", "good faith", "blameless", "blame-free", "without blame",
        "assign blame", "assigning blame", "the linter", "flagged as",
    ];

    /// <summary>At least one of these words is in every meta marker; sentences without one skip the search.</summary>
    public static readonly HashSet<string> MetaGateWords = Set(
        "word words phrase phrases term terms label labels avoid guide rewritten reworded draft review " +
        "document postmortem retrospective find assign blame fault faith blameless blame-free linter flagged");

    /// <summary>The marker that suppresses findings in its sentence (for a deliberate quotation).</summary>
    public const string IgnoreMarker = "blamelint:ignore";

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
