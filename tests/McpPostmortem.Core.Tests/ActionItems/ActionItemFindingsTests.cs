using McpPostmortem.ActionItems;
using McpPostmortem.Linting;
using McpPostmortem.Model;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.ActionItems;

public sealed class ActionItemFindingsTests
{
    private static readonly DateOnly BeforeEverything = new(2025, 1, 1);
    private static readonly DateOnly AfterEverything = new(2027, 1, 1);

    public static TheoryData<string> ScenarioNames => [.. Scenarios.Names];

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Check_ScenarioExpectedItemsBeforeDueDates_NoFindings(string scenario)
    {
        var findings = ActionItemFindings.Check(Scenarios.Postmortem(scenario), BeforeEverything);

        Assert.Empty(findings);
    }

    [Theory]
    [MemberData(nameof(ScenarioNames))]
    public void Check_ScenarioExpectedItemsAfterDueDates_OnlyOverdue(string scenario)
    {
        var postmortem = Scenarios.Postmortem(scenario);

        var findings = ActionItemFindings.Check(postmortem, AfterEverything);

        Assert.All(findings, f => Assert.Equal("action-item/overdue", f.RuleId));
        Assert.Equal(postmortem.ActionItems.Select(a => a.Id), findings.Select(f => f.Location.ItemId));
    }

    [Theory]
    [InlineData("remind the rules team to be more careful with prod bundles")]
    [InlineData("Jelena needs to be retrained on cert rotation")]
    [InlineData("Wei should check the replica lag before each failover")]
    [InlineData("Thandiwe must verify the DNS record by hand")]
    [InlineData("Kiran to re-read the orchestrator docs before the next rotation")]
    [InlineData("Hold the release manager accountable for skipped canaries")]
    [InlineData("Operators should pay more attention to the deploy dashboard")]
    [InlineData("Ask on-call engineers to double the care they take during failovers and be vigilant")]
    [InlineData("Educate the team about connection pooling")]
    [InlineData("Talk to Bob about the deploy")]
    [InlineData("Coach the on-call on the runbook")]
    [InlineData("Train engineers on connection handling")]
    [InlineData("Ask Alice to double-check config changes")]
    [InlineData("Tell the team to stop deploying on Fridays")]
    [InlineData("Make sure engineers test their changes")]
    [InlineData("Send a reminder to all engineers to follow the runbook")]
    [InlineData("Engineers must double-check migrations")]
    [InlineData("Ensure that the payments team follows the runbook")]
    [InlineData("Teach new on-calls how to read the pool dashboard")]
    [InlineData("Schedule a refresher training on safe config pushes")]
    public void Check_PersonAimedItem_PersonAimedError(string action)
    {
        var findings = ActionItemFindings.Check(With(action), BeforeEverything);

        var finding = Assert.Single(findings, f => f.RuleId == "action-item/person-aimed");
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("action_items", finding.Location.Section);
        Assert.Equal("ai-1", finding.Location.ItemId);
    }

    [Theory]
    [InlineData("We should add alerting on pool usage")]
    [InlineData("Remind the on-call when a certificate is 30 days from expiry")]
    [InlineData("Retrain the anomaly model on last quarter's traffic")]
    [InlineData("Payments should be retried with exponential backoff")]
    [InlineData("Page the DB on-call when replication lag exceeds 30 s")]
    [InlineData("Ask the vendor for a root-cause report and attach it to the postmortem")]
    [InlineData("Ensure the on-call has write access to the feature-flag console")]
    [InlineData("Re-read the config on SIGHUP instead of on restart")]
    [InlineData("We need to add a canary stage for config pushes")]
    [InlineData("This should be automated in the deploy tool")]
    public void Check_SystemAimedItem_NoPersonAimedFinding(string action)
    {
        var findings = ActionItemFindings.Check(With(action), BeforeEverything);

        Assert.DoesNotContain(findings, f => f.RuleId == "action-item/person-aimed");
    }

    [Theory]
    [InlineData("Re-enable the health check on the LB")]
    [InlineData("Sanity-check the migration script against a prod snapshot before each release")]
    [InlineData("Canary all config pushes for 10 minutes in one PoP")]
    [InlineData("Rotate credentials")]
    [InlineData("Dry-run the failover script in staging every quarter")]
    [InlineData("Follow up with the vendor to get the outage report by 2025-07-20")]
    [InlineData("Check whether the LB health check hits the pool")]
    public void Check_ConcreteItem_NoFindings(string action)
    {
        var findings = ActionItemFindings.Check(With(action), BeforeEverything);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("Add more monitoring", "more monitoring")]
    [InlineData("Check the logs", "Check")]
    [InlineData("Investigate the DB", "Investigate")]
    [InlineData("Follow up with the vendor on the outage report", "Follow up")]
    [InlineData("Add alerting", "alerting")]
    public void Check_OpenEndedItem_VagueWarningOnTheWords(string action, string excerpt)
    {
        var findings = ActionItemFindings.Check(With(action), BeforeEverything);

        var finding = Assert.Single(findings, f => f.RuleId == "action-item/vague");
        Assert.Equal(excerpt, finding.Excerpt);
        Assert.Equal(action.IndexOf(excerpt, StringComparison.Ordinal), finding.Location.Start);
    }

    [Theory]
    [InlineData("Look into the database timeouts")]
    [InlineData("Improve monitoring of the payment gateway")]
    [InlineData("Make the deploy pipeline more robust")]
    [InlineData("Address the issues with the config validator")]
    [InlineData("Harden the edge proxy")]
    public void Check_VagueItem_VagueWarning(string action)
    {
        var findings = ActionItemFindings.Check(With(action), BeforeEverything);

        Assert.Contains(findings, f => f.RuleId == "action-item/vague" && f.Severity == FindingSeverity.Warning);
    }

    [Theory]
    [InlineData("Improve p99 checkout latency to under 300 ms")]
    [InlineData("Reduce the alert evaluation window from 5 minutes to 30 seconds")]
    [InlineData("Investigate why the replica lagged behind the primary and write down the cause")]
    public void Check_MeasuredOrBoundedItem_NoVagueWarning(string action)
    {
        var findings = ActionItemFindings.Check(With(action), BeforeEverything);

        Assert.DoesNotContain(findings, f => f.RuleId == "action-item/vague");
    }

    [Theory]
    [InlineData("Monitor the error rate of the checkout service")]
    [InlineData("Continue reviewing deploys to the edge fleet")]
    [InlineData("Add canary checks to config pushes going forward")]
    [InlineData("Document failover steps as needed")]
    [InlineData("Fix alerting")]
    public void Check_OpenEndedItem_NoDoneStateWarning(string action)
    {
        var findings = ActionItemFindings.Check(With(action), BeforeEverything);

        Assert.Single(findings, f => f.RuleId == "action-item/no-done-state");
    }

    [Theory]
    [InlineData("Add a canary stage for edge config", true)]
    [InlineData("Re-enable the replica lag alert on the orders cluster", true)]
    [InlineData("Containerize the payout worker build", true)]
    [InlineData("Backfill the missing audit rows", true)]
    [InlineData("Alert on config-load failures per PoP", true)]
    [InlineData("Page the payouts on-call on the first failed batch", true)]
    [InlineData("Don't page on retries of a single batch", true)]
    [InlineData("Sanity-check the migration script", true)]
    [InlineData("Load-test checkout at 2x peak", true)]
    [InlineData("Canary all config pushes in one PoP", true)]
    [InlineData("Adds the validator rule", false)]
    [InlineData("canary stage for edge config", false)]
    [InlineData("Database failover testing every quarter", false)]
    [InlineData("Added an alert on the replica lag", false)]
    [InlineData("Adding a synthetic check for the bank API", false)]
    [InlineData("Adds a validator rule", false)]
    [InlineData("Alerting should page on the first failed batch", false)]
    [InlineData("per-PoP alert on config-load failures", false)]
    [InlineData("The validator rejects empty origin pools", false)]
    [InlineData("", false)]
    [InlineData("  - ", false)]
    public void IsVerbFirst_Action_Expected(string action, bool expected)
    {
        Assert.Equal(expected, ActionItemFindings.IsVerbFirst(action));
    }

    [Fact]
    public void Check_NotVerbFirst_WarningWithFirstWordExcerpt()
    {
        var findings = ActionItemFindings.Check(With("Two-writable-primaries alert window to 30 seconds"), BeforeEverything);

        var finding = Assert.Single(findings, f => f.RuleId == "action-item/not-verb-first");
        Assert.Equal("Two-writable-primaries", finding.Excerpt);
    }

    [Fact]
    public void Check_CandidateWithoutOwner_ReportedAsUnassignedCandidate()
    {
        var item = Item("Add a synthetic mTLS handshake check every 5 minutes") with
        {
            Owner = "",
            DueDate = null,
            Status = ActionItemStatus.Candidate,
        };

        var findings = ActionItemFindings.Check(Samples.Minimal() with { Severity = Severity.Sev4, ActionItems = [item] },
            BeforeEverything);

        var finding = Assert.Single(findings);
        Assert.Equal("action-item/unassigned-candidate", finding.RuleId);
    }

    [Fact]
    public void Check_AgreedItemWithoutOwner_MissingOwnerError()
    {
        var item = Item("Add a synthetic mTLS handshake check every 5 minutes") with { Owner = "" };

        var findings = ActionItemFindings.Check(Samples.Minimal() with { Severity = Severity.Sev4, ActionItems = [item] },
            BeforeEverything);

        Assert.Equal("action-item/missing-owner", Assert.Single(findings).RuleId);
    }

    [Fact]
    public void Check_OnlyDueDateMissing_MessageNamesTheDueDateOnly()
    {
        var item = Item("Add a synthetic mTLS handshake check every 5 minutes") with { DueDate = null };

        var findings = ActionItemFindings.Check(Samples.Minimal() with { Severity = Severity.Sev4, ActionItems = [item] },
            BeforeEverything);

        var finding = Assert.Single(findings);
        Assert.Equal("action-item/missing-owner", finding.RuleId);
        Assert.Contains("no due date", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("owner (", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DueBeforeIncident_DueBeforeIncidentWarning()
    {
        var item = Item("Add a synthetic mTLS handshake check every 5 minutes") with { DueDate = new DateOnly(2024, 7, 9) };

        var findings = ActionItemFindings.Check(Samples.Minimal() with { Severity = Severity.Sev4, ActionItems = [item] },
            new DateOnly(2024, 1, 1));

        var finding = Assert.Single(findings);
        Assert.Equal("action-item/due-before-incident", finding.RuleId);
        Assert.Contains("2024-07-09", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ActionItemStatus.Open, true)]
    [InlineData(ActionItemStatus.InProgress, true)]
    [InlineData(ActionItemStatus.Candidate, true)]
    [InlineData(ActionItemStatus.Done, false)]
    [InlineData(ActionItemStatus.NotDoing, false)]
    public void Check_PastDueDate_OverdueUnlessClosed(ActionItemStatus status, bool overdue)
    {
        var item = Item("Add a synthetic mTLS handshake check every 5 minutes") with
        {
            DueDate = new DateOnly(2025, 3, 1),
            Status = status,
        };
        var postmortem = Samples.Minimal() with { Severity = Severity.Sev4, ActionItems = [item] };

        var onDueDate = ActionItemFindings.Check(postmortem, new DateOnly(2025, 3, 1));
        var dayAfter = ActionItemFindings.Check(postmortem, new DateOnly(2025, 3, 2));

        Assert.DoesNotContain(onDueDate, f => f.RuleId == "action-item/overdue");
        Assert.Equal(overdue, dayAfter.Any(f => f.RuleId == "action-item/overdue"));
    }

    [Theory]
    [InlineData(Severity.Sev1, 3)]
    [InlineData(Severity.Sev2, 3)]
    [InlineData(Severity.Sev3, 0)]
    public void Check_NoItems_CoverageFindingsOnlyForSev1AndSev2(Severity severity, int expected)
    {
        var findings = ActionItemFindings.Check(Samples.Minimal() with { Severity = severity }, BeforeEverything);

        Assert.Equal(expected, findings.Count(f => f.RuleId.StartsWith("action-item/coverage-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_Sev1WithRepairButNoDetect_OnlyDetectAndPreventMissing()
    {
        var items = new[]
        {
            Item("Reconcile the 1,840 orders written only to the old primary") with { Class = ActionItemClass.Repair },
            Item("Add an alert on two writable primaries") with
            {
                Id = "ai-2",
                Class = ActionItemClass.Detect,
                Status = ActionItemStatus.NotDoing,
            },
        };

        var findings = ActionItemFindings.Check(Samples.Minimal() with { ActionItems = items }, BeforeEverything);

        Assert.Equal(
            ["action-item/coverage-detect", "action-item/coverage-prevent"],
            findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("\u0000\u0001")]
    [InlineData("!!!???")]
    [InlineData("a")]
    public void Check_OddText_DoesNotThrow(string action)
    {
        var findings = ActionItemFindings.Check(With(action), BeforeEverything);

        Assert.NotEmpty(findings);
    }

    private static Postmortem With(string action) =>
        Samples.Minimal() with { Severity = Severity.Sev4, ActionItems = [Item(action)] };

    private static ActionItem Item(string action) => new()
    {
        Id = "ai-1",
        Action = action,
        Owner = "Observability lead",
        DueDate = new DateOnly(2025, 8, 1),
        Class = ActionItemClass.Detect,
    };
}
