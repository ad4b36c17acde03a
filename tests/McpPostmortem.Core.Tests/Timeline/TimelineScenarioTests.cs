using System.Globalization;
using CsCheck;
using McpPostmortem.Model;
using McpPostmortem.Timeline;

namespace McpPostmortem.Tests.Timeline;

/// <summary>
/// Drives the timeline of each incident in ../shared/scenarios the way an agent would, and checks the
/// stored UTC times and the metrics against the scenario's "expected" block exactly.
/// </summary>
public sealed class TimelineScenarioTests
{
    public static TheoryData<string> Scenarios() => [.. IncidentScenario.Names];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Add_ExpectedEventsWrittenInMixedForms_StoresExpectedUtcTimeline(string name)
    {
        var scenario = IncidentScenario.Load(name);

        var stored = TimelineEditor.Add(scenario.NewPostmortem(), WrittenLikeAnAgent(scenario)).Postmortem;

        Assert.Equal(
            scenario.Timeline.Select(e => (e.Time, e.Kind, e.Description)),
            stored.Timeline.Select(e => (e.Time, e.Kind, e.Description)));
        Assert.All(stored.Timeline, e => Assert.Equal(TimeSpan.Zero, e.Time.Offset));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Compute_ScenarioTimeline_GivesExpectedMetricsExactly(string name)
    {
        var scenario = IncidentScenario.Load(name);
        var stored = TimelineEditor.Add(scenario.NewPostmortem(), WrittenLikeAnAgent(scenario)).Postmortem;

        var metrics = IncidentMetrics.Compute(stored.Timeline);

        Assert.Equal(
            scenario.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal),
            metrics.Select(m => new KeyValuePair<string, double?>(m.Key, m.Minutes))
                .OrderBy(m => m.Key, StringComparer.Ordinal));
        Assert.All(metrics.Where(m => m.Minutes is null),
            m => Assert.StartsWith("n/a (missing ", m.Display, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Add_ExpectedEventsShuffled_StoresTheSameTimeline(string name)
    {
        var scenario = IncidentScenario.Load(name);
        var events = WrittenLikeAnAgent(scenario);
        var baseline = Project(TimelineEditor.Add(scenario.NewPostmortem(), events).Postmortem);

        Gen.Shuffle(events.ToArray()).Sample(
            shuffled => Assert.Equal(
                baseline, Project(TimelineEditor.Add(scenario.NewPostmortem(), shuffled).Postmortem)),
            iter: 100);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Add_RawNotes_ContainTheExpectedTimesTheNotesCarry(string name)
    {
        var scenario = IncidentScenario.Load(name);
        var zone = IncidentZone.Find(scenario.TimeZone);

        var stored = TimelineEditor.Add(scenario.NewPostmortem(), null, scenario.Notes).Postmortem;

        var storedTimes = stored.Timeline.Select(e => e.Time).ToHashSet();
        var carried = scenario.Timeline.Where(e => NotesCarry(scenario.Notes, e.Time, zone)).ToList();
        Assert.NotEmpty(carried);
        Assert.All(carried, e => Assert.Contains(e.Time, storedTimes));
        Assert.True(carried.Count >= scenario.Timeline.Count - 2,
            $"only {carried.Count} of {scenario.Timeline.Count} expected times are written as line times in the notes");
    }

    /// <summary>
    /// The expected times written the way responders write them: the wall-clock time in the
    /// incident's zone (24-hour or 12-hour), an ISO time with the zone's offset, or a UTC clock
    /// time. A time on the incident date or the day after is written bare, so the day after comes
    /// only from the midnight rule; a time on another day is written with its local date.
    /// </summary>
    public static IReadOnlyList<NewTimelineEvent> WrittenLikeAnAgent(IncidentScenario scenario)
    {
        var zone = IncidentZone.Find(scenario.TimeZone);
        return scenario.Timeline.Select((e, i) => new NewTimelineEvent(
            Written(e.Time, i, scenario.IncidentDate, zone), e.Description, e.Kind)).ToList();
    }

    private static string Written(DateTimeOffset utc, int index, DateOnly incidentDate, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        var localDate = DateOnly.FromDateTime(local.DateTime);
        var seconds = local.Second == 0 ? "" : ":ss";
        var inBareRange = localDate == incidentDate || localDate == incidentDate.AddDays(1);
        return (index % 4) switch
        {
            _ when !inBareRange => local.ToString("yyyy-MM-dd HH:mm" + seconds, CultureInfo.InvariantCulture),
            0 => local.ToString("HH:mm" + seconds, CultureInfo.InvariantCulture),
            1 => local.ToString("h:mm" + seconds + " tt", CultureInfo.InvariantCulture),
            2 => local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            _ when DateOnly.FromDateTime(utc.UtcDateTime) == incidentDate =>
                utc.UtcDateTime.ToString("HH:mm" + seconds, CultureInfo.InvariantCulture) + " UTC",
            _ => utc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>True when a notes line has the time as its own line time ("Sender  TIME  text").</summary>
    private static bool NotesCarry(string notes, DateTimeOffset utc, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        string[] forms =
        [
            local.ToString("HH:mm", CultureInfo.InvariantCulture),
            local.ToString("h:mm tt", CultureInfo.InvariantCulture),
            local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            utc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ];
        return notes.Split('\n')
            .Select(line => System.Text.RegularExpressions.Regex.Split(line, @"\s{2,}"))
            .Any(fields => fields.Length >= 3 && forms.Contains(fields[1]));
    }

    private static List<string> Project(Postmortem postmortem) =>
        postmortem.Timeline
            .Select(e => $"{e.Time:o}|{e.Kind}|{e.Description}|{e.Source}|{e.OriginalTime}|{e.OriginalOffset}")
            .ToList();
}
