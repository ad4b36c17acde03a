using System.Globalization;
using McpPostmortem.Model;

namespace McpPostmortem.Tests.Rendering;

/// <summary>Full postmortems for rendering and import tests: every section filled.</summary>
public static class RenderingSamples
{
    /// <summary>The reference incident: a 25-minute API outage from a connection leak, in UTC.</summary>
    public static Postmortem Reference() => new()
    {
        Id = "2025-03-14-api-outage-from-a-database-connection-leak",
        Title = "API outage from a database connection leak",
        IncidentDate = new DateOnly(2025, 3, 14),
        TimeZone = "UTC",
        Severity = Severity.Sev2,
        Status = ReviewStatus.InReview,
        Authors =
        [
            new Author("Dana Whitfield", "incident commander"),
            new Author("Sam Okoro", "API service owner"),
        ],
        Summary = "The public API returned errors to all users for 25 minutes (14:32-14:57 UTC). " +
            "A release leaked database connections until the pool was exhausted.",
        Impact = new Impact
        {
            Duration = "25 minutes",
            UsersAffected = "about 50,000",
            RequestsFailed = "about 125,000",
            RevenueImpact = "about $15,000",
        },
        Timeline =
        [
            Event("ev-1", "2025-03-14T14:15:00Z", EventKind.Deploy, "Release 2.14.0 deployed."),
            Event("ev-2", "2025-03-14T14:32:00Z", EventKind.Started, "API error rate rose sharply."),
            Event("ev-3", "2025-03-14T14:32:00Z", EventKind.Detected, "The API 5xx alarm paged the on-call."),
            Event("ev-4", "2025-03-14T14:35:00Z", EventKind.Acknowledged, "The on-call acknowledged the page."),
            Event("ev-5", "2025-03-14T14:38:00Z", EventKind.Note, "Connection pool exhaustion identified."),
            Event("ev-6", "2025-03-14T14:45:00Z", EventKind.Deploy, "Rollback to 2.13.2 started.",
                "https://deploy.example.com/runs/881"),
            Event("ev-7", "2025-03-14T14:50:00Z", EventKind.Mitigated, "Error rate back to normal."),
            Event("ev-8", "2025-03-14T14:57:00Z", EventKind.Resolved, "Recovery declared."),
        ],
        RootCause = new RootCause
        {
            Text = "Release 2.14.0 added a query path that kept its connection open on timeouts.\n\n" +
                "Under normal load the pool refilled slowly, so tests did not show it.",
            Diff = "- using var conn = pool.Open();\n+ var conn = pool.Open();",
        },
        ContributingFactors =
        [
            new ContributingFactor
            {
                Id = "cf-1",
                Title = "Load tests were too short",
                Category = "testing",
                Points = ["Tests ran for 5 minutes", "The leak needed 15 minutes to show"],
            },
            new ContributingFactor
            {
                Id = "cf-2",
                Title = "No alert on pool usage",
                Category = "monitoring",
                Points = ["Latency alarms existed", "Active connections were not alarmed"],
            },
        ],
        WentWell = ["The alarm fired within a minute of impact.", "Rollback took two minutes."],
        WentWrong = ["The release went to all instances at once."],
        ActionItems =
        [
            new ActionItem
            {
                Id = "ai-1",
                Action = "Add pool usage alerts at 80% for every API instance",
                Owner = "Observability lead",
                DueDate = new DateOnly(2025, 3, 21),
                Priority = Priority.P1,
                Class = ActionItemClass.Detect,
                Status = ActionItemStatus.Done,
                TrackingLink = "https://tracker.example.com/OBS-12",
            },
            new ActionItem
            {
                Id = "ai-2",
                Action = "Run load tests for 30 minutes before each release",
                Owner = "Quality engineering",
                DueDate = new DateOnly(2025, 4, 1),
                Priority = Priority.P1,
                Class = ActionItemClass.Prevent,
            },
            new ActionItem
            {
                Id = "ai-3",
                Action = "Roll out releases to 10% of instances first",
                Priority = Priority.P2,
                Class = ActionItemClass.Mitigate,
                Status = ActionItemStatus.InProgress,
            },
        ],
        LessonsLearned = ["Leaks show only under sustained load.", "Rollback readiness paid off."],
        RelatedIncidents =
        [
            new RelatedIncident
            {
                Date = new DateOnly(2024, 11, 20),
                Description = "Database CPU spike from a similar pool issue",
                Link = "https://wiki.example.com/pm/2024-11-20",
            },
            new RelatedIncident { Description = "Memory leak in the cache layer" },
        ],
        Prevention = ["Connection handling is on the review checklist.", "Canary releases for the API."],
        Appendix = new Appendix
        {
            Graphs = [new Graph("Pool usage", "https://grafana.example.com/d/pool")],
            CommunicationLog = ["14:40 status page: investigating", "15:00 status page: resolved"],
            CodeFix = "try { Use(conn); }\nfinally { conn.Dispose(); }",
            Notes = "The review meeting was held on 2025-03-18.",
        },
    };

    /// <summary>The same incident in Europe/Berlin with text that needs escaping everywhere.</summary>
    public static Postmortem Escapes() => Reference() with
    {
        Id = "2025-03-14-escapes",
        Title = "Pipes | and <tags> in the title",
        TimeZone = "Europe/Berlin",
        Summary = "# not a heading\n- not a list\n1. not numbered\nA | pipe and a <b>tag</b>.",
        Impact = new Impact { Duration = "# 25 minutes", Other = "Errors | timeouts" },
        WentWell = ["# hash first", "> quote first", "+ plus first", "a | b"],
        WentWrong = ["2. looks numbered", "*emphasis* stays", "`code | pipe`"],
        LessonsLearned = ["Line one\nline two"],
        Prevention = ["\\# already escaped", "ends with a backslash \\"],
        Appendix = new Appendix
        {
            Notes = "## a heading inside notes\n\n- a list inside notes\n- second item",
            CodeFix = "```\nnested fence\n```",
        },
    };

    /// <summary>A postmortem with nothing but its header.</summary>
    public static Postmortem Empty() => new()
    {
        Id = "2025-01-02-empty",
        Title = "Nothing filled in",
        IncidentDate = new DateOnly(2025, 1, 2),
    };

    private static TimelineEvent Event(string id, string utc, EventKind kind, string text, string link = "") => new()
    {
        Id = id,
        Time = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture),
        Kind = kind,
        Description = text,
        Link = link,
    };
}
