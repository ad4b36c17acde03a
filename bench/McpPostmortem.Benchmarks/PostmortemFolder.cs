using System.Globalization;
using System.Text.Json;
using McpPostmortem.Model;
using McpPostmortem.Serialization;

namespace McpPostmortem.Benchmarks;

/// <summary>
/// Writes a folder of realistic, varied postmortems (seeded, so every run sees the same folder):
/// a full timeline with milestones, categorized factors, action items with owners and due dates.
/// </summary>
public static class PostmortemFolder
{
    private static readonly string[] Categories =
    [
        "monitoring", "testing", "deployment", "review", "capacity", "configuration", "dependencies",
        "alerting", "documentation", "ownership", "automation", "access", "data", "networking",
    ];

    private static readonly string[] Owners =
    [
        "SRE lead", "Observability lead", "Database platform lead", "Edge platform lead", "Payments lead",
        "Security lead", "Release manager", "Networking lead", "Storage lead", "Support lead",
    ];

    private static readonly string[] Words =
    [
        "certificate", "expiry", "connection", "pool", "leak", "replica", "failover", "partition", "quota",
        "cache", "eviction", "timeout", "retry", "storm", "config", "bundle", "rollout", "canary", "queue",
        "backlog", "latency", "throttling", "dns", "resolver", "disk", "rotation", "memory", "schema",
        "migration", "index", "lock", "deadlock", "token", "credential", "firewall", "route", "load",
        "balancer", "autoscaler", "cron", "batch", "webhook", "gateway", "handshake", "tls", "proxy",
    ];

    /// <summary>Creates <paramref name="count"/> postmortem files in a new temp folder and returns it.</summary>
    public static string Create(int count, int seed = 20251112)
    {
        var directory = Path.Combine(Path.GetTempPath(), "mcp-postmortem-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var postmortem = One(random, i);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(postmortem, PostmortemJsonContext.Default.Postmortem);
            File.WriteAllBytes(Path.Combine(directory, postmortem.Id + ".json"), bytes);
        }

        return directory;
    }

    private static Postmortem One(Random random, int index)
    {
        var date = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 2200));
        var service = $"svc-{random.Next(0, 300):000}";
        var topic = $"{Pick(random, Words)} {Pick(random, Words)}";
        var start = new DateTimeOffset(date.ToDateTime(new TimeOnly(random.Next(0, 23), random.Next(0, 59))), TimeSpan.Zero);
        var detect = start.AddMinutes(random.Next(1, 60));
        var ack = detect.AddMinutes(random.Next(1, 15));
        var mitigate = ack.AddMinutes(random.Next(5, 240));
        var resolve = mitigate.AddMinutes(random.Next(10, 600));
        TimelineEvent Event(int n, DateTimeOffset time, EventKind kind) => new()
        {
            Id = $"ev-{n}",
            Time = time,
            Kind = kind,
            Description = $"{service} {Sentence(random, 12)}",
        };

        var timeline = new List<TimelineEvent>
        {
            Event(1, start, EventKind.Started),
            Event(2, detect, EventKind.Detected),
            Event(3, ack, EventKind.Acknowledged),
        };
        for (var n = 4; n < 12; n++)
        {
            timeline.Add(Event(n, ack.AddMinutes((mitigate - ack).TotalMinutes * (n - 3) / 9), EventKind.Action));
        }

        timeline.Add(Event(12, mitigate, EventKind.Mitigated));
        timeline.Add(Event(13, resolve, EventKind.Resolved));

        return new Postmortem
        {
            Id = $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-incident-{index}",
            Title = $"{service} outage from {topic}",
            IncidentDate = date,
            Severity = (Severity)random.Next(1, 6),
            Summary = Sentence(random, 40),
            Timeline = timeline,
            RootCause = new RootCause { Text = $"A {topic} in {service}: {Sentence(random, 60)}" },
            ContributingFactors = Enumerable.Range(1, random.Next(2, 5)).Select(n => new ContributingFactor
            {
                Id = $"cf-{n}",
                Title = Sentence(random, 8),
                Category = Pick(random, Categories),
                Points = [Sentence(random, 15), Sentence(random, 15)],
            }).ToList(),
            ActionItems = Enumerable.Range(1, random.Next(3, 7)).Select(n => new ActionItem
            {
                Id = $"ai-{n}",
                Action = $"Add a {Pick(random, Words)} check to {service} that {Sentence(random, 8)}",
                Owner = Pick(random, Owners),
                DueDate = date.AddDays(random.Next(7, 120)),
                Priority = (Priority)random.Next(0, 4),
                Class = (ActionItemClass)random.Next(0, 5),
                Status = (ActionItemStatus)random.Next(0, 5),
            }).ToList(),
            LessonsLearned = [Sentence(random, 20)],
        };
    }

    private static string Sentence(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Pick(random, Words))) + ".";

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
