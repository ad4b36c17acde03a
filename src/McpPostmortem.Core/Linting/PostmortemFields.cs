using McpPostmortem.Model;

namespace McpPostmortem.Linting;

/// <summary>Lists every free-text field of a postmortem with its section, item id and field name.</summary>
public static class PostmortemFields
{
    public static IEnumerable<LintField> Enumerate(Postmortem postmortem)
    {
        yield return new("title", "", "title", postmortem.Title);
        yield return new("summary", "", "summary", postmortem.Summary);

        var impact = postmortem.Impact;
        yield return new("impact", "", "duration", impact.Duration);
        yield return new("impact", "", "users_affected", impact.UsersAffected);
        yield return new("impact", "", "requests_failed", impact.RequestsFailed);
        yield return new("impact", "", "revenue_impact", impact.RevenueImpact);
        yield return new("impact", "", "other", impact.Other);

        foreach (var e in postmortem.Timeline)
        {
            yield return new("timeline", e.Id, "description", e.Description);
        }

        yield return new("root_cause", "", "text", postmortem.RootCause.Text);

        foreach (var factor in postmortem.ContributingFactors)
        {
            yield return new("contributing_factors", factor.Id, "title", factor.Title);
            for (var i = 0; i < factor.Points.Count; i++)
            {
                yield return new("contributing_factors", factor.Id, $"points[{i}]", factor.Points[i]);
            }
        }

        foreach (var field in List("went_well", postmortem.WentWell))
        {
            yield return field;
        }

        foreach (var field in List("went_wrong", postmortem.WentWrong))
        {
            yield return field;
        }

        foreach (var item in postmortem.ActionItems)
        {
            yield return new("action_items", item.Id, "action", item.Action);
        }

        foreach (var field in List("lessons_learned", postmortem.LessonsLearned))
        {
            yield return field;
        }

        for (var i = 0; i < postmortem.RelatedIncidents.Count; i++)
        {
            yield return new("related_incidents", "", $"[{i}]", postmortem.RelatedIncidents[i].Description);
        }

        foreach (var field in List("prevention", postmortem.Prevention))
        {
            yield return field;
        }

        foreach (var field in List("appendix", postmortem.Appendix.CommunicationLog, "communication_log"))
        {
            yield return field;
        }

        yield return new("appendix", "", "notes", postmortem.Appendix.Notes);

        foreach (var debrief in postmortem.Debriefs)
        {
            for (var i = 0; i < debrief.Answers.Count; i++)
            {
                yield return new("debriefs", debrief.Id, $"answers[{i}]", debrief.Answers[i].Answer);
            }
        }
    }

    private static IEnumerable<LintField> List(string section, IReadOnlyList<string> items, string field = "")
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return new(section, "", $"{field}[{i}]", items[i]);
        }
    }
}
