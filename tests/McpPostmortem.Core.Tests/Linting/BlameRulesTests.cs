using McpPostmortem.Linting;

namespace McpPostmortem.Tests.Linting;

/// <summary>
/// The structures behind the rule rows, each with sentences that must be found and near misses that
/// must not: a row that matches too little or too much fails here before it reaches a corpus.
/// </summary>
public sealed class BlameRulesTests
{
    private static readonly BlameLinter Linter = new();

    [Theory]
    [InlineData("The payroll contractor's cleanup script corrupted two months of timesheets.")]
    [InlineData("Lena's query overloaded the primary during the sale.")]
    [InlineData("The mobile team crippled the push gateway with a retry loop.")]
    [InlineData("The build engineer was the root of the whole problem.")]
    [InlineData("Culpability rests with the billing squad.")]
    [InlineData("Checkout was down for an hour thanks to the release manager.")]
    [InlineData("The delay happened on account of the network administrator.")]
    [InlineData("Every one of these failures goes back to the storage lead.")]
    [InlineData("The sysadmin's misstep left the firewall open.")]
    public void LintText_PersonOrTheirWorkAsCause_ReportsPersonAsCause(string sentence) =>
        AssertFinds(sentence, "person-as-cause", "human-error-label");

    [Theory]
    [InlineData("Ana's rollback restored the login service at 14:20.")]
    [InlineData("My laptop crashed during the call, so I rejoined from my phone.")]
    [InlineData("Responsibility for the follow-up work rests with the platform team.")]
    [InlineData("Thanks to the retry budget, clients recovered without help.")]
    [InlineData("The SRE wiped the cache at 11:02 to force a refill.")]
    [InlineData("Our failure rate stayed under one percent all week.")]
    public void LintText_PersonActsWithoutCausing_ReportsNoBlame(string sentence) => AssertClean(sentence);

    [Theory]
    [InlineData("At no point did the incident commander ask for a rollback.")]
    [InlineData("Not once did the on-call engineer open the runbook.")]
    [InlineData("None of the approvers verified the row counts.")]
    [InlineData("Not a single responder acknowledged the second page.")]
    [InlineData("The reviewer merged the schema change without testing it on a copy.")]
    [InlineData("The capacity plan was left unfinished by the infrastructure lead.")]
    public void LintText_OmissionWithFrontedOrQuantifiedNegation_ReportsOmission(string sentence) =>
        AssertFinds(sentence, "omission-framing");

    [Theory]
    [InlineData("At no point did the dashboard show the replica as unhealthy.")]
    [InlineData("At no point did the on-call engineer know the flag was shared.")]
    [InlineData("None of the responders knew the flag also governed billing.")]
    [InlineData("Kiran failed over to the secondary region without restarting the pods.")]
    [InlineData("The alert was left unacknowledged by the paging system.")]
    public void LintText_NegationWithoutAPersonsOmission_ReportsNoBlame(string sentence) => AssertClean(sentence);

    [Theory]
    [InlineData("Deploy rights will be withdrawn from the junior developer who ran the script.")]
    [InlineData("Kemal's admin access has been taken away for a month.")]
    [InlineData("New hires will be partnered with a seasoned engineer for every migration.")]
    [InlineData("The DBA will get a stern reminder about reading the change plan.")]
    [InlineData("Managers will warn the on-call engineers against deploying on Fridays.")]
    [InlineData("Make sure operators remember to drain the node first.")]
    [InlineData("The new engineer will be placed on a performance plan.")]
    public void LintText_FixAimedAtPeople_ReportsPersonRemediation(string sentence) =>
        AssertFinds(sentence, "person-remediation");

    [Fact]
    public void LintText_PersonWhoCannotBeReliedOn_ReportsCharacterJudgment() =>
        AssertFinds("Releases need a second approver because the team cannot be relied on.", "character-judgment");

    [Theory]
    [InlineData("The deploy tool will remind the deployer when a freeze is active.")]
    [InlineData("Remove the shared admin credentials from the CI runners.")]
    [InlineData("The CLI prints a strong warning before it deletes a namespace.")]
    [InlineData("Pair the canary analysis with an automatic rollback.")]
    [InlineData("Luis paired with a senior DBA to walk through the restore.")]
    public void LintText_FixAimedAtTheSystem_ReportsNoBlame(string sentence) => AssertClean(sentence);

    [Theory]
    [InlineData("Rather than ask the database team, the engineer dropped the index himself.")]
    [InlineData("The operator clicked through the confirmation prompts.")]
    [InlineData("The team skimped on load testing before launch.")]
    [InlineData("The approver blindly accepted the generated diff.")]
    public void LintText_HasteOrIndifference_ReportsMotiveEffort(string sentence) =>
        AssertFinds(sentence, "motive-effort");

    [Theory]
    [InlineData("Rather than polling, the exporter now subscribes to change events.")]
    [InlineData("Ana clicked through to the replica dashboard at 14:02.")]
    public void LintText_ChoiceWithoutAMotive_ReportsNoBlame(string sentence) => AssertClean(sentence);

    [Theory]
    [InlineData("The schema change should never have been approved.")]
    [InlineData("The incident lead's reasoning during the failover was unsound.")]
    [InlineData("Paging only the primary on-call was a mediocre decision.")]
    public void LintText_DecisionGradedAfterTheFact_ReportsNormativeJudgment(string sentence) =>
        AssertFinds(sentence, "normative-judgment");

    [Theory]
    [InlineData("The stale entry should never have been served after expiry.")]
    [InlineData("The decision to fail over was made at 14:05 by the incident lead.")]
    public void LintText_DesignedBehaviourOrPlainDecision_ReportsNoBlame(string sentence) => AssertClean(sentence);

    [Theory]
    [InlineData("Obviously, the heap dump points at the connection pool.")]
    [InlineData("The audit trail plainly records two pushes a minute apart.")]
    [InlineData("I missed the handoff note because it was posted in a channel I had muted.")]
    [InlineData("I skipped the second check because I was already paging the DBA.")]
    [InlineData("The facilitator opened by saying the session was not about assigning fault.")]
    [InlineData("Reviewers agreed to leave out judgements such as sloppy or negligent.")]
    [InlineData("Errors reported by users peaked at 14:00.")]
    [InlineData("Timeout errors seen by customers dropped after the rollback.")]
    public void LintText_EvidenceAccountOrTechnicalError_ReportsNoBlame(string sentence) => AssertClean(sentence);

    [Theory]
    [InlineData("Obviously, the on-call should have read the graph.", "hindsight-obviousness")]
    [InlineData("The on-call skipped the check because they were in a hurry.", "motive-effort")]
    [InlineData("The outage came from a typo by the release engineer.", "human-error-label")]
    public void LintText_SameWordsAboutAPerson_StillReportsBlame(string sentence, string category) =>
        AssertFinds(sentence, category);

    [Theory]
    [InlineData("On-call engineers will be able to fail over without waiting for the DBA.")]
    [InlineData("We should add a lint rule that blocks merges without a second reviewer.")]
    [InlineData("A parsing error in the operator's config loader crashed the controller.")]
    public void LintText_PlanOrNestedPossessive_ReportsNoBlame(string sentence) => AssertClean(sentence);

    [Theory]
    [InlineData("At no point during the rollout did the release captain look at the error graphs.")]
    [InlineData("Operators can't be bothered to read the runbook.")]
    [InlineData("The on-call should have checked the lag before promoting.")]
    public void LintText_ModalThatLooksBackOrIsNegated_StillReportsBlame(string sentence) =>
        AssertFinds(sentence, "omission-framing", "motive-effort", "counterfactual");

    [Theory]
    [InlineData("The site went down because it was triggered when the contractor reran the import.", "person-as-cause")]
    [InlineData("The storage team brought the ingest pipeline to a standstill.", "person-as-cause")]
    [InlineData("Nobody in the mobile squad ever reviewed the crash reports.", "omission-framing")]
    [InlineData("The approver merged it without so much as a glance at the diff.", "motive-effort")]
    [InlineData("Instead of reading the stack trace, the developer restarted the pod.", "motive-effort")]
    [InlineData("The reviewer gave the diff a cursory read.", "motive-effort")]
    [InlineData("The cutover was managed haphazardly by the project lead.", "normative-judgment")]
    [InlineData("Paging the vendor so late was an error of judgement.", "normative-judgment")]
    [InlineData("The billing migration was sloppily executed.", "normative-judgment")]
    [InlineData("We are taking the intern off the on-call roster.", "person-remediation")]
    public void LintText_MoreShapesOfTheWeakFamilies_ReportsTheirCategory(string sentence, string category) =>
        AssertFinds(sentence, category);

    [Theory]
    [InlineData("The DBA took the replica offline to rebuild its index.")]
    [InlineData("A cursory look at the logs showed nothing unusual.")]
    [InlineData("It was not so much a bug as a gap in the design.")]
    [InlineData("The dashboards were clearly labelled for each region.")]
    public void LintText_PurposeOrNoActor_ReportsNoBlame(string sentence) => AssertClean(sentence);

    [Theory]
    [InlineData("The failing hosts were obviously the ones on the new kernel.")]
    [InlineData("The kernel messages plainly say the disk went read-only.")]
    [InlineData("This is clearly a capacity problem rather than a code defect.")]
    public void LintText_EvidentialAdverbWithNoPerson_ReportsNoBlame(string sentence) => AssertClean(sentence);

    [Theory]
    [InlineData("The on-call clearly should have seen the lag building.")]
    [InlineData("The lag was obviously going to page someone, and it would have been easy to stop.")]
    [InlineData("The reviewer plainly missed the dropped index.")]
    public void LintText_EvidentialAdverbWithPersonOrModal_StillReportsBlame(string sentence) =>
        AssertFinds(sentence, "hindsight-obviousness", "omission-framing", "counterfactual");

    [Theory]
    [InlineData("It was Sunita's migration that wiped the session store.")]
    [InlineData("The mobile team shipped the build early, causing the crash loop.")]
    [InlineData("The source of the whole outage was the payments squad.")]
    [InlineData("The lost orders were a consequence of the analyst's bulk update.")]
    [InlineData("The downtime was entirely the consultant's doing.")]
    [InlineData("The breach can be laid at the door of the security team.")]
    [InlineData("The storage team is why the backups failed.")]
    public void LintText_PersonSingledOutAsTheOrigin_ReportsPersonAsCause(string sentence) =>
        AssertFinds(sentence, "person-as-cause");

    [Theory]
    [InlineData("The spike was the result of the provider's scheduled maintenance.")]
    [InlineData("The on-call engineer is why we recovered within ten minutes.")]
    [InlineData("The source of the first report was the support lead.")]
    public void LintText_OriginWithoutHarmOrPerson_ReportsNoBlame(string sentence) => AssertClean(sentence);

    [Theory]
    [InlineData("The on-call left the disk alert firing for an hour.", "omission-framing")]
    [InlineData("The schema change went out with no one monitoring the replicas.", "omission-framing")]
    [InlineData("The reviewer signed off on the change but never opened it.", "omission-framing")]
    [InlineData("The commander's decision to keep paging cannot be justified.", "normative-judgment")]
    [InlineData("The DBA's planning for the upgrade left much to be desired.", "normative-judgment")]
    [InlineData("The developer thought code review was a waste of time.", "motive-effort")]
    [InlineData("The junior operators will attend a compulsory safety workshop.", "person-remediation")]
    [InlineData("Leads will keep a closer eye on new engineers.", "person-remediation")]
    public void LintText_ShapesFoundInProbing_ReportsTheirCategory(string sentence, string category) =>
        AssertFinds(sentence, category);

    [Theory]
    [InlineData("The alert fired but never paged anyone.")]
    [InlineData("The test cluster ran for a week with no one using it.")]
    [InlineData("The old parser's documentation leaves much to be desired.")]
    [InlineData("We will keep a closer eye on the queue depth.")]
    public void LintText_ShapesWithNoPersonAtFault_ReportsNoBlame(string sentence) => AssertClean(sentence);

    private static void AssertFinds(string sentence, params string[] categories)
    {
        var findings = Linter.LintText(sentence);

        Assert.Contains(findings, f => categories.Contains(f.Category) && f.Severity == FindingSeverity.Error);
    }

    private static void AssertClean(string sentence)
    {
        var findings = Linter.LintText(sentence);

        Assert.DoesNotContain(findings, f => f.Severity == FindingSeverity.Error);
    }
}
