using System.Text.Json;
using McpPostmortem.Linting;
using McpPostmortem.Model;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Linting;

public sealed class BlameLinterTests
{
    private static readonly BlameLinter Linter = new();

    [Theory]
    [InlineData("Priya should have checked the replica lag before the promotion.", "counterfactual")]
    [InlineData("Had the SRE looked at the canary, the bad build would have stopped.", "counterfactual")]
    [InlineData("The SRE neglected to renew the certificate.", "omission-framing")]
    [InlineData("The release was delayed by human error.", "human-error-label")]
    [InlineData("The contractor was careless with the keys.", "character-judgment")]
    [InlineData("The DBA mishandled the failover.", "normative-judgment")]
    [InlineData("Marco's deploy caused the outage.", "person-as-cause")]
    [InlineData("Obviously the cache was the problem.", "hindsight-obviousness")]
    [InlineData("The reviewer rubber-stamped the change.", "motive-effort")]
    [InlineData("The on-call overlooked the disk alert.", "lapse-deficiency")]
    [InlineData("Tomás bypassed the change process.", "rule-violation")]
    [InlineData("Engineers need to be more careful with production.", "person-remediation")]
    [InlineData("Someone fat-fingered the DNS record.", "loaded-idiom")]
    public void LintText_BlameSentence_ReportsItsCategory(string sentence, string category)
    {
        var findings = Linter.LintText(sentence);

        Assert.Contains(findings, f => f.Category == category && f.Severity == FindingSeverity.Error);
    }

    [Theory]
    [InlineData("The escalation was never made by the incident manager.", "omission-framing")]
    [InlineData("The engineer was fired after the incident.", "person-remediation")]
    [InlineData("We reassigned the DBA to another team.", "person-remediation")]
    [InlineData("The outage resulted from Camille's change.", "person-as-cause")]
    [InlineData("Maria José didn't check the replica lag.", "omission-framing")]
    [InlineData("Ana simply forgot the flag.", "lapse-deficiency")]
    [InlineData("The release captain skipped over the verification step.", "omission-framing")]
    [InlineData("The culprit turned out to be Oskar.", "person-as-cause")]
    [InlineData("This incident is on the platform team.", "person-as-cause")]
    [InlineData("The API went down because the intern deleted the routing table.", "person-as-cause")]
    [InlineData("It was the DBA who took out the primary.", "person-as-cause")]
    [InlineData("The blame for the downtime lies with the networking team.", "person-as-cause")]
    [InlineData("The on-call slipped up and restored the wrong snapshot.", "lapse-deficiency")]
    [InlineData("Looking back, it is evident the retry storm was inevitable.", "hindsight-obviousness")]
    [InlineData("Rafael cocked up the firewall change.", "loaded-idiom")]
    [InlineData("Ana should've paged the database team sooner.", "counterfactual")]
    [InlineData("Our response fell well short of the standard.", "normative-judgment")]
    [InlineData("The on-call overrode the interlock, which the runbook explicitly forbids.", "rule-violation")]
    [InlineData("The migration was an amateur-hour performance.", "loaded-idiom")]
    [InlineData("Yusuf is an unreliable and disorganised engineer.", "character-judgment")]
    [InlineData("I'm just not a detail-oriented person.", "character-judgment")]
    [InlineData("The incident was mishandled from the start.", "normative-judgment")]
    [InlineData("The security team sat on the report because it was not their priority.", "motive-effort")]
    [InlineData("The outage traces back to a config change by Mehmet.", "person-as-cause")]
    public void LintText_BlameInAnotherShape_ReportsItsCategory(string sentence, string category)
    {
        var findings = Linter.LintText(sentence);

        Assert.Contains(findings, f => f.Category == category && f.Severity == FindingSeverity.Error);
    }

    [Theory]
    [InlineData("Vault failed to unseal after the restart.")]
    [InlineData("Checkout failed to load for 5% of users.")]
    [InlineData("Elasticsearch skipped the shard rebalance.")]
    [InlineData("The exporter should have retried on timeout.")]
    [InlineData("The load shedder should have dropped low-priority requests.")]
    [InlineData("The packet counts obviously rise at 14:02.")]
    [InlineData("The runbook forbids restarting the primary.")]
    [InlineData("Our change policy forbids deploys during the holiday freeze.")]
    [InlineData("Ana took the old cluster down at 02:00, as planned.")]
    [InlineData("Ana skipped the canary stage, which the emergency change procedure allows.")]
    [InlineData("Ana bypassed the cache with a direct query to confirm the stale reads.")]
    [InlineData("We will make it impossible to forget the flag.")]
    [InlineData("The support team missed no tickets during the outage.")]
    [InlineData("Maria José restarted the ingestion workers at 09:12.")]
    [InlineData("The on-call skipped the canary because the runbook marked it optional.")]
    [InlineData("Our deploy pipeline neglected to run integration tests on forks.")]
    [InlineData("Rate limiting on the admin API would have contained the blast.")]
    [InlineData("The mistake in the cache key meant tenants saw each other's data.")]
    [InlineData("I didn't see the second page because my phone was charging.")]
    [InlineData("Ruben took the replica out of the pool to run the repair.")]
    [InlineData("Valentina ignored the first alert, because it was a known test alert.")]
    [InlineData("The query planner overlooked the partial index.")]
    [InlineData("At that point the team believed the vendor was at fault.")]
    [InlineData("I didn't notice the warning, which was printed above 300 lines of output.")]
    [InlineData("It is evident from the logs that the retries came from one client.")]
    public void LintText_SystemOrExplainedAct_ReportsNoBlame(string sentence)
    {
        var findings = Linter.LintText(sentence);

        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
    }

    [Theory]
    [InlineData("The health check failed three times in a row.")]
    [InlineData("The API should return 429 when the quota is exceeded.")]
    [InlineData("We should add alerting on replica lag.")]
    [InlineData("Priya rolled back the release at 14:45.")]
    [InlineData("The dashboard showed green, so the deploy continued.")]
    [InlineData("Lack of rate limiting let the retry storm through.")]
    [InlineData("We avoid the label 'human error' in our reviews.")]
    [InlineData("The load balancer ignored the drained backend.")]
    [InlineData("The scheduler forgot the lease after the restart.")]
    [InlineData("A canary stage would have caught the bad config.")]
    [InlineData("The logs clearly show the timeout at 14:02.")]
    [InlineData("The on-call did not know the replica was behind.")]
    [InlineData("Nobody was careless here; the alert went to an unwatched channel.")]
    public void LintText_BlamelessSentence_ReportsNoBlame(string sentence)
    {
        var findings = Linter.LintText(sentence);

        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void LintText_SecondLine_ReportsLineColumnAndSpan()
    {
        var text = "Intro line.\nThe DBA was  careless today.";

        var finding = Assert.Single(Linter.LintText(text), f => f.Category == "character-judgment");

        Assert.Equal("blame/character-judgment", finding.RuleId);
        Assert.Equal((2, 14), (finding.Location.Line, finding.Location.Column));
        Assert.Equal("careless", text.Substring(finding.Location.Start, finding.Location.Length));
        Assert.Equal("careless", finding.Excerpt);
    }

    [Fact]
    public void LintText_MechanicalRewrite_SuggestsTheRewrittenSentence()
    {
        var finding = Assert.Single(Linter.LintText("Obviously, the TTL was too long."));

        Assert.Equal("The TTL was too long.", finding.Suggestion);
    }

    [Fact]
    public void LintText_InlineIgnoreMarker_SuppressesTheSentence()
    {
        var text = "The customer wrote: it was sloppy work. <!-- blamelint:ignore --> The DBA was careless.";

        var findings = Linter.LintText(text);

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Contains("careless", f.Excerpt, StringComparison.Ordinal));
    }

    [Fact]
    public void LintText_RootCauseFraming_IsAWarningNotBlame()
    {
        var finding = Assert.Single(Linter.LintText("The root cause was a full disk."));

        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("advice/root-cause-framing", finding.RuleId);
    }

    [Theory]
    [InlineData("## Root cause\n\nThe disk filled.")]
    [InlineData("**Root cause:**\nThe disk filled.")]
    [InlineData("# Root Cause")]
    public void LintText_RootCauseHeading_IsNotFraming(string text)
    {
        Assert.Empty(Linter.LintText(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("'''''\"\"\"")]
    [InlineData("\u00B6\n\n- \n# \n1. ")]
    [InlineData("didn't n't 's '")]
    [InlineData("\uD800\uDC00 \uFFFF \0 ~~~ ^ @person")]
    public void LintText_OddInput_DoesNotThrow(string text)
    {
        var findings = Linter.LintText(text);

        Assert.NotNull(findings);
    }

    [Fact]
    public void LintText_MegabyteSingleLine_Finishes()
    {
        var text = string.Concat(Enumerable.Repeat("the on-call did not bother if only ", 30_000));

        Assert.NotEmpty(Linter.LintText(text));
    }

    [Fact]
    public void LintPostmortem_TimelineAndActionItem_ReportSectionItemAndSpan()
    {
        var postmortem = Samples.Minimal() with
        {
            Authors = [new Author("Kiran Rao")],
            Timeline = [Samples.Event("ev-1", "2025-07-09T10:00:00Z", EventKind.Note, "Kiran ignored the page.")],
            ActionItems = [new ActionItem { Id = "ai-1", Action = "Retrain the on-call on failover." }],
        };

        var findings = Linter.LintPostmortem(postmortem);

        var timeline = Assert.Single(findings, f => f.Location.Section == "timeline");
        Assert.Equal(("ev-1", "description", 6, 7), (timeline.Location.ItemId, timeline.Location.Field,
            timeline.Location.Start, timeline.Location.Length));
        Assert.Contains(findings, f => f.Location is { Section: "action_items", ItemId: "ai-1" }
            && f.Category == "person-remediation");
    }

    [Fact]
    public void KnownPeople_AuthorsAndOwners_AreLowercaseNameParts()
    {
        var postmortem = Samples.Minimal() with
        {
            Authors = [new Author("Kiran Rao")],
            ActionItems = [new ActionItem { Id = "ai-1", Action = "Add a check.", Owner = "Database team" }],
        };

        Assert.Equal(["kiran", "rao"], BlameLinter.KnownPeople(postmortem).Order());
    }

    [Fact]
    public void KnownPeople_TimelineActor_CountsAsAPersonElsewhere()
    {
        var postmortem = Samples.Minimal() with
        {
            Timeline = [Samples.Event("ev-1", "2025-07-09T10:00:00Z", EventKind.Note, "Ngozi paged the DB team.")],
        };

        var people = BlameLinter.KnownPeople(postmortem);

        Assert.Contains("ngozi", people);
        Assert.Contains(Linter.LintText("Ngozi, as usual, was sloppy.", people),
            f => f.Category == "character-judgment");
    }

    public static TheoryData<string> ScenarioBlamefulSentences() => new(ScenarioStrings("blameful_sentences"));

    public static TheoryData<string> ScenarioBlamelessTexts() => new(
        ScenarioStrings("timeline", "description")
            .Concat(ScenarioStrings("contributing_factors"))
            .Concat(ScenarioStrings("action_items", "action")));

    [Theory]
    [MemberData(nameof(ScenarioBlamefulSentences))]
    public void LintText_ScenarioBlamefulSentence_IsFlagged(string sentence)
    {
        Assert.Contains(Linter.LintText(sentence), f => f.Severity == FindingSeverity.Error);
    }

    [Theory]
    [MemberData(nameof(ScenarioBlamelessTexts))]
    public void LintText_ScenarioExpectedText_IsNotFlagged(string text)
    {
        Assert.DoesNotContain(Linter.LintText(text), f => f.Severity == FindingSeverity.Error);
    }

    private static IEnumerable<string> ScenarioStrings(string list, string field = "")
    {
        foreach (var file in Directory.GetFiles(SharedFiles.PathOf("scenarios"), "*.json").Order())
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var item in document.RootElement.GetProperty("expected").GetProperty(list).EnumerateArray())
            {
                yield return field.Length == 0 ? item.GetString()! : item.GetProperty(field).GetString()!;
            }
        }
    }
}
