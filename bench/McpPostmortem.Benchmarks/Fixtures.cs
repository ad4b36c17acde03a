using McpPostmortem.ActionItems;
using McpPostmortem.Editing;
using McpPostmortem.Model;
using McpPostmortem.Timeline;

namespace McpPostmortem.Benchmarks;

/// <summary>Postmortems of a chosen size, built through the same editors the tools call.</summary>
public static class Fixtures
{
    /// <summary>A postmortem with the given number of timeline events and action items.</summary>
    public static Postmortem Postmortem(int events, int actionItems)
    {
        var postmortem = PostmortemEditor.Create(
            "API outage from a database connection leak", "2025-03-14", Severity.Sev2, "UTC", [],
            "API requests failed for 25 minutes because a release kept database connections open.");

        // The editor takes at most 500 events per call, as the tool does.
        for (var start = 0; start < events; start += 500)
        {
            var batch = Enumerable.Range(start, Math.Min(500, events - start)).Select(i => Event(i, events)).ToList();
            postmortem = TimelineEditor.Add(postmortem, batch).Postmortem;
        }

        for (var i = 0; i < actionItems; i++)
        {
            postmortem = ActionItemEditor.Add(postmortem, new NewActionItem
            {
                Action = $"Add an alarm on connection pool usage above 80% for service {i}, with a runbook link.",
                Owner = "API team",
                DueDate = "2025-04-30",
                Priority = Priority.P1,
                Class = ActionItemClass.Detect,
            }).Postmortem;
        }

        return postmortem;
    }

    /// <summary>One note event, spread over the incident day so the timeline stays in order.</summary>
    public static NewTimelineEvent Event(int index, int count)
    {
        var minute = index * 1380 / Math.Max(count, 1);
        var time = new DateTimeOffset(2025, 3, 14, 0, 0, index % 60, TimeSpan.Zero).AddMinutes(minute);
        return new NewTimelineEvent(
            time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            $"Connection pool usage on API instance {index % 40} reached {50 + (index % 50)}% " +
                $"while the queue held {index * 3} requests; the dashboard showed the wait time rising.",
            EventKind.Note,
            EventSource.Chat);
    }
}
