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

    /// <summary>
    /// Possessive pronouns that name the organisation's things ("our change policy", "my team's
    /// runbook"): they do not put a person into the sentence as an actor.
    /// </summary>
    public static readonly HashSet<string> OrganisationDeterminers = Set("our my your");

    /// <summary>Possessive pronouns: "our deploy pipeline neglected to" has a system for its subject.</summary>
    public static readonly HashSet<string> PossessivePronouns = Set("our my your their his its");

    /// <summary>Role nouns: people by job, and the teams and organisations they form.</summary>
    public static readonly HashSet<string> RoleNouns = Set(
        "engineer engineers developer developers dev devs programmer programmers on-call oncall on-caller " +
        "on-callers responder responders operator operators admin admins administrator administrators " +
        "sysadmin sysadmins dba dbas sre sres reviewer reviewers approver approvers author authors " +
        "committer committers maintainer maintainers team teams squad squads crew crews staff staffer " +
        "staffers people person persons human humans individual individuals lead leads manager managers " +
        "commander commanders ic intern interns contractor contractors consultant consultants employee " +
        "employees colleague colleagues coworker coworkers co-worker co-workers teammate teammates " +
        "scientist scientists analyst analysts architect architects tester testers qa pm pms tl director " +
        "directors supervisor supervisors newcomer newcomers hire hires junior juniors senior seniors " +
        "rookie rookies specialist specialists technician technicians owner owners department departments " +
        "org orgs organisation organisations organization organizations group groups captain captains " +
        "deployer deployers releaser coordinator coordinators officer officers executive executives " +
        "vp cto ceo cio ciso founder founders chief head heads boss bosses member members " +
        "customer customers user users requester requesters " +
        "submitter submitters contributor contributors volunteer volunteers trainee trainees apprentice " +
        "guy guys folks everybody anybody someone personnel workforce board committee council desk " +
        "sme smes expert experts specialist dev-ops devops secops sec-ops netops ops mechanic " +
        "coder coders hacker hackers writer writers planner planners editor editors scrum-master " +
        "steward stewards custodian custodians liaison liaisons rep reps representative representatives " +
        "colleague lead-engineer");

    /// <summary>Role nouns that name software after a system noun ("certificate manager", "cluster operator").</summary>
    public static readonly HashSet<string> AmbiguousRoles = Set(
        "operator operators group groups human humans agent agents manager managers user users provider " +
        "providers head heads member members board desk captain writer writers planner planners editor " +
        "editors coordinator coordinators partner partners");

    /// <summary>Nouns for work that people manage: "release manager" and "change board" are people.</summary>
    public static readonly HashSet<string> ManagedWork = Set(
        "release releases incident incidents change changes project projects product products program " +
        "programme engineering delivery account accounts operations ops support escalation escalations " +
        "shift rotation duty site customer deploy deployment rollout migration capacity network " +
        "security platform infrastructure data database storage service services");

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
        "cpu quota limit limits budget slo sla rule rules engine engines platform infrastructure query queries " +
        "planner optimizer optimiser index indexes indices");

    /// <summary>
    /// Well-known infrastructure products and projects, lowercase. Capitalized at the start of a sentence
    /// they look like names ("Vault failed to unseal"); this is general knowledge of the field, not text
    /// from any corpus, and it grows with the field.
    /// </summary>
    public static readonly HashSet<string> ProductNames = Set(
        "vault consul nomad terraform packer vagrant kubernetes k8s k3s openshift docker containerd podman " +
        "elasticsearch opensearch kibana logstash beats solr lucene kafka zookeeper redis memcached valkey " +
        "postgres postgresql mysql mariadb mongodb mongo cassandra scylla scylladb couchbase couchdb " +
        "cockroachdb cockroach spanner bigtable bigquery dynamodb dynamo aurora redshift snowflake " +
        "clickhouse druid pinot vitess tidb etcd nginx apache haproxy envoy istio linkerd traefik varnish " +
        "caddy squid prometheus grafana alertmanager thanos cortex mimir loki tempo jaeger zipkin " +
        "opentelemetry otel datadog splunk sentry honeycomb lightstep newrelic pagerduty opsgenie " +
        "victorops statuspage slack jira confluence github gitlab bitbucket jenkins circleci travis " +
        "teamcity bamboo buildkite argo argocd flux spinnaker helm kustomize ansible puppet chef salt " +
        "saltstack cloudformation pulumi crossplane aws gcp azure s3 ec2 ecs eks gke aks lambda " +
        "cloudfront cloudflare akamai fastly route53 cloudwatch stackdriver rabbitmq activemq nats pulsar " +
        "kinesis pubsub sqs sns flink spark hadoop hdfs hive presto trino airflow celery sidekiq resque " +
        "ceph minio gluster nfs keycloak okta auth0 ldap ad vpn openvpn wireguard bind unbound coredns " +
        "kube-proxy kube-dns kubelet kubectl systemd cron crond linux windows ubuntu debian centos rhel " +
        "android ios chrome firefox safari node nodejs deno java jvm python ruby rails django flask " +
        "spring tomcat jetty netty grpc graphql stripe twilio sendgrid mailgun braintree adyen paypal " +
        "google amazon microsoft oracle ibm heroku vercel netlify digitalocean linode hetzner ovh " +
        "openstack vmware esxi proxmox xen kvm qemu firecracker lustre zfs btrfs ext4 raid " +
        "memorystore elasticache cloudsql alloydb firestore firebase supabase planetscale neon " +
        "vector fluentd fluentbit filebeat telegraf influxdb graphite statsd collectd nagios zabbix " +
        "icinga consul-template vault-agent cert-manager external-dns karpenter keda velero " +
        "copilot dependabot renovate sonarqube snyk trivy falco");

    /// <summary>
    /// Common nouns for parts of a product or a pipeline that a postmortem capitalizes at the start of a
    /// sentence ("Checkout failed to load", "Search didn't return results").
    /// </summary>
    public static readonly HashSet<string> ComponentNouns = Set(
        "checkout cart basket billing invoicing payments payment search login logins signup sign-up " +
        "auth authn authz authentication authorization identity sso session sessions ingest ingestion " +
        "indexing replication compaction autoscaling autoscaler failover backups backup restore restores " +
        "sync syncing routing delivery notifications notification messaging email emails sms push " +
        "inventory catalog catalogue pricing orders ordering fulfillment fulfilment shipping ledger " +
        "reporting analytics telemetry tracing observability provisioning onboarding registration " +
        "discovery scheduling scheduler storage compute networking dns cdn edge frontend backend " +
        "front-end back-end web mobile api gateway proxy load balancer cache caching queue queues stream " +
        "streams streaming upload uploads download downloads export exports import imports media video " +
        "chat feed feeds timeline recommendations ranking ads advertising marketplace wallet " +
        "transfers settlement reconciliation fraud risk compliance audit monitoring alerting paging " +
        "deploys deployments rollout rollouts builds ci cd staging production prod canary garbage gc " +
        "replica replicas primary secondary leader follower followers election consensus quorum raft " +
        "disk disks memory cpu network traffic latency throughput error errors retries timeouts");

    /// <summary>
    /// Verbs of a process rather than an act: a system or component is their usual subject ("Vault failed
    /// to unseal", "Replication didn't resume"). With no object after them they point away from a person.
    /// </summary>
    public static readonly HashSet<string> ProcessVerbs = Set(
        "unseal boot load converge replicate compile deserialize serialize parse elect propagate render " +
        "reconnect heal compact allocate resume recover restart start finish complete terminate expire " +
        "drain flush deliver return publish connect resolve fire trigger retry index reindex acquire " +
        "register deregister failover sync synchronize scale respond initialize initialise come keep catch " +
        "apply provision shut stop run execute process refresh reload rebalance renew rotate");

    /// <summary>Past tenses that do not end in -ed, and the auxiliaries: what a subject is followed by.</summary>
    public static readonly HashSet<string> FiniteVerbs = Set(
        "was is had has did does should could would will must might may can shall were are am " +
        "arose awoke bore beat became began bent bet bit bled blew broke brought built burnt bought " +
        "caught chose came cost crept cut dealt dug drew drank drove ate fell fed felt fought found fled " +
        "flew forbade forgot forgave froze got gave went ground grew hung heard hid hit held hurt kept " +
        "knelt knew laid led leant learnt left lent let lay lit lost made meant met paid put quit read " +
        "rode rang rose ran said saw sought sold sent set shook shot showed shut sang sank sat slept " +
        "slid spoke spent spun split spread stood stole stuck struck swore swept swam swung took taught " +
        "tore told thought threw understood woke wore won wound wrote withdrew overrode mistook misread " +
        "overran undid upset rebuilt reran redid rewrote forgot overslept underestimated and never " +
        "says owns knows thinks wants needs keeps takes makes runs tries seems seemed " +
        "forgets ignores skips misses insists refuses");

    /// <summary>Words that intensify or soften inside a phrase ("fell far short", "was very careless").</summary>
    public static readonly HashSet<string> Intensifiers = Set(
        "far so very really quite pretty just even still all too much way rather somewhat fairly well " +
        "a bit little most more less utterly totally completely entirely truly simply clearly frankly " +
        "honestly ever always again also then ultimately basically literally");

    /// <summary>Words ending in -ly that are not adverbs, or that carry meaning a phrase must see.</summary>
    public static readonly HashSet<string> NotAdverbs = Set(
        "only family reply apply supply rely assembly anomaly early daily weekly monthly hourly nightly " +
        "yearly likely unlikely friendly silly ugly holy italy july ally rally bully fly belly jelly " +
        "poly multiply comply imply july lonely elderly costly deadly orderly");

    /// <summary>Nouns for evidence: "the graph clearly shows" describes evidence, not hindsight.</summary>
    public static readonly HashSet<string> EvidenceNouns = Set(
        "graph graphs chart charts trace traces log logs profile profiles dashboard dashboards data metric " +
        "metrics timeline timelines screenshot screenshots dump dumps histogram histograms output record " +
        "records evidence capture captures report reports count counts rate rates number numbers value " +
        "values sample samples series percentile percentiles reading readings figure figures statistics " +
        "stats measurement measurements spike spikes curve curves line lines plot plots table tables " +
        "heatmap heatmaps panel panels alert alerts trend trends latency latencies throughput utilization " +
        "utilisation usage saturation p50 p90 p95 p99 qps rps trail trails audit audits history diff diffs " +
        "transcript transcripts journal journals telemetry span spans waterfall breakdown counter counters " +
        "gauge gauges entry entries backtrace backtraces stacktrace stacktraces pcap pcaps recording " +
        "recordings snapshot snapshots result results readout readouts flamegraph flamegraphs printout");

    /// <summary>First-person pronouns: a responder's own account, not a judgment of someone else.</summary>
    public static readonly HashSet<string> FirstPersonPronouns = Set("i me my mine myself we us our ours ourselves");

    /// <summary>Adjectives before "to" that make the infinitive a possibility, not an act.</summary>
    public static readonly HashSet<string> PossibilityAdjectives = Set(
        "impossible possible hard harder hardest difficult easy easier easiest unable able likely unlikely " +
        "safe safer");

    /// <summary>Adverbs that report how plainly something shows, rather than that it was foreseeable.</summary>
    public static readonly HashSet<string> EvidentialAdverbs = Set("clearly plainly obviously evidently visibly");

    /// <summary>Modals that weigh what might or ought to have been: hindsight speaks through them.</summary>
    public static readonly HashSet<string> JudgingModals = Set("should could would must might ought");

    /// <summary>Modals of future, ability and duty: with a plain verb after them they plan, not report.</summary>
    public static readonly HashSet<string> ForwardModals = Set("will shall can must should may");

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
        "october november december utc predictably obviously clearly plainly of be is was " +
        "were are do does did not let just only even still yes ok finally eventually later today " +
        "yesterday tomorrow overall instead meanwhile internal external");

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

    /// <summary>
    /// Verbs of saying and thinking: what follows them is a clause with its own subject ("the team believed
    /// the vendor was at fault"), so the subject of a later phrase is not looked for before them.
    /// </summary>
    public static readonly HashSet<string> ComplementVerbs = Set(
        "believed believe believes thought think thinks assumed assume assumes said say says reported " +
        "report reports claimed claim claims concluded conclude suspected suspect suspects felt feel " +
        "feels argued argue decided knew know knows guessed figured expected expect noted note notes " +
        "told tell tells heard hear hears learned learnt realized realised found find finds");

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
        "assign blame", "assigning blame", "the linter", "flagged as", "assign fault", "assigning fault",
        "apportion blame", "apportioning blame", "find fault", "finding fault", "whose fault", "who was to blame",
        "single out", "singled out", "singling out", "finger-pointing", "point fingers", "pointing fingers",
        "judgements such as", "judgments such as", "judgements like", "judgments like", "labels such as",
        "labels like", "words such as", "words like", "terms such as", "terms like", "language such as",
        "language like", "adjectives such as", "adjectives like", "wording such as", "wording like",
    ];

    /// <summary>
    /// Phrases that mark an act as planned or allowed ("as planned", "which the procedure allows"): taking
    /// a cluster down or skipping a stage is then a step of the work, not an omission or a violation.
    /// </summary>
    public static readonly IReadOnlyList<string> SanctionMarkers =
    [
        "as planned", "as scheduled", "as intended", "as agreed", "as designed", "as announced", "as rehearsed",
        "as documented", "as the runbook", "as the procedure", "as the plan", "per the plan", "per the runbook",
        "per the procedure", "per the schedule", "per plan", "per runbook", "according to the plan",
        "according to the runbook", "according to the procedure", "game day", "gameday", "chaos experiment",
        "chaos test", "fire drill", " drill", " controlled ", "planned maintenance",
        "procedure allows", "policy allows", "runbook allows", "process allows", "procedure permits",
        "policy permits", "runbook permits", "process permits", "which is allowed", "which is permitted",
        "was approved", "were approved", "with approval", "pre-approved", "preapproved", "with sign-off",
    ];

    /// <summary>Every sanction marker holds one of these words; sentences without one skip the search.</summary>
    public static readonly HashSet<string> SanctionGateWords = Set(
        "planned scheduled intended agreed designed announced rehearsed documented runbook procedure plan " +
        "schedule game gameday chaos drill controlled maintenance allows permits allowed permitted approved " +
        "approval pre-approved preapproved sign-off");

    /// <summary>At least one of these words is in every meta marker; sentences without one skip the search.</summary>
    public static readonly HashSet<string> MetaGateWords = Set(
        "word words phrase phrases term terms label labels avoid guide rewritten reworded draft review " +
        "document postmortem retrospective find assign blame fault faith blameless blame-free linter flagged " +
        "apportion apportioning finding whose single singled singling finger-pointing fingers judgements " +
        "judgments language adjectives wording");

    /// <summary>The marker that suppresses findings in its sentence (for a deliberate quotation).</summary>
    public const string IgnoreMarker = "blamelint:ignore";

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
