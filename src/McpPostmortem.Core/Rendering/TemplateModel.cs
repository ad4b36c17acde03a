using System.Globalization;
using McpPostmortem.Model;
using McpPostmortem.Serialization;
using McpPostmortem.Timeline;
using Scriban.Runtime;

namespace McpPostmortem.Rendering;

/// <summary>
/// Turns a postmortem into the documented data model templates see: plain values under snake_case
/// names, times already converted to the incident's zone, metrics already computed. Built by hand
/// rather than by reflection so that rendering works under Native AOT.
/// </summary>
public static class TemplateModel
{
    // Member counts of the objects built once per event and per action item, so their tables are
    // sized once instead of growing while a long timeline is converted.
    private const int EventMembers = 13;
    private const int ActionItemMembers = 9;

    private static readonly string[] KindLabels = Labels<EventKind>();
    private static readonly string[] StatusLabels = Labels<ActionItemStatus>();

    public static ScriptObject Create(Postmortem postmortem)
    {
        var zone = IncidentZone.Find(postmortem.TimeZone);
        var anchor = postmortem.Timeline.Count > 0
            ? postmortem.Timeline[0].Time
            : new DateTimeOffset(postmortem.IncidentDate.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

        // When daylight saving changes the zone's offset inside the timeline, one offset in the
        // heading would be wrong for some rows and a repeated hour would be unreadable, so then
        // every time carries its own offset.
        var times = new EventTimes(zone);
        var offsets = postmortem.Timeline.Select(e => times.At(e.Time).Label).Distinct().ToList();
        var offsetsVary = offsets.Count > 1;

        var model = new ScriptObject
        {
            ["id"] = postmortem.Id,
            ["revision"] = postmortem.Revision,
            ["title"] = postmortem.Title,
            ["incident_date"] = Date(postmortem.IncidentDate),
            ["timezone"] = postmortem.TimeZone,
            ["timezone_offset"] = offsetsVary
                ? string.Join(" and ", offsets)
                : IncidentZone.OffsetLabel(anchor, zone),
            ["offsets_vary"] = offsetsVary,
            ["authors"] = Array(postmortem.Authors, a => new ScriptObject { ["name"] = a.Name, ["role"] = a.Role }),
            ["status"] = Json(postmortem.Status),
            ["status_label"] = Label(Json(postmortem.Status)),
            ["severity"] = Json(postmortem.Severity),
            ["summary"] = postmortem.Summary,
            ["impact"] = Impact(postmortem.Impact),
            ["timeline"] = Array(postmortem.Timeline, e => Event(e, times, offsetsVary)),
            ["metrics"] = Array(IncidentMetrics.Compute(postmortem.Timeline), Metric),
            ["timeline_chart"] = IncidentChart.Render(postmortem),
            ["root_cause"] = new ScriptObject
            {
                ["text"] = postmortem.RootCause.Text,
                ["diff"] = postmortem.RootCause.Diff,
            },
            ["contributing_factors"] = Array(postmortem.ContributingFactors, Factor),
            ["went_well"] = Strings(postmortem.WentWell),
            ["went_wrong"] = Strings(postmortem.WentWrong),
            ["action_items"] = Array(postmortem.ActionItems, ActionItem),
            ["lessons_learned"] = Strings(postmortem.LessonsLearned),
            ["related_incidents"] = Array(postmortem.RelatedIncidents, Related),
            ["prevention"] = Strings(postmortem.Prevention),
            ["appendix"] = Appendix(postmortem.Appendix),
            ["debriefs"] = Array(postmortem.Debriefs, Debrief),
            ["document_data"] = DocumentData.Comment(postmortem),
        };
        return model;
    }

    private static ScriptObject Impact(Impact impact) => new()
    {
        ["duration"] = impact.Duration,
        ["users_affected"] = impact.UsersAffected,
        ["requests_failed"] = impact.RequestsFailed,
        ["revenue_impact"] = impact.RevenueImpact,
        ["other"] = impact.Other,
        ["is_empty"] = impact.IsEmpty,
    };

    private static ScriptObject Event(TimelineEvent e, EventTimes times, bool offsetsVary)
    {
        var (localTime, offset) = times.At(e.Time);
        var local = IncidentZone.FormatLocal(localTime);
        return new ScriptObject(EventMembers)
        {
            ["id"] = e.Id,
            ["time_utc"] = e.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["time"] = offsetsVary ? local + " " + offset : local,
            ["local_time"] = local,
            ["offset"] = offset,
            ["kind"] = Json(e.Kind),
            ["kind_label"] = KindLabels[(int)e.Kind],
            ["is_milestone"] = e.Kind <= EventKind.Resolved,
            ["source"] = Json(e.Source),
            ["description"] = e.Description,
            ["link"] = e.Link,
            ["original_time"] = e.OriginalTime,
            ["original_offset"] = e.OriginalOffset,
        };
    }

    private static ScriptObject Metric(Metric metric) => new()
    {
        ["key"] = metric.Key,
        ["name"] = metric.Name,
        ["formula"] = metric.Formula,
        ["minutes"] = metric.Minutes,
        ["value"] = metric.Display,
    };

    private static ScriptObject Factor(ContributingFactor factor) => new()
    {
        ["id"] = factor.Id,
        ["title"] = factor.Title,
        ["category"] = factor.Category,
        ["points"] = Strings(factor.Points),
    };

    private static ScriptObject ActionItem(ActionItem item) => new(ActionItemMembers)
    {
        ["id"] = item.Id,
        ["action"] = item.Action,
        ["owner"] = item.Owner,
        ["due_date"] = item.DueDate is { } due ? Date(due) : "",
        ["priority"] = Json(item.Priority),
        ["class"] = Json(item.Class),
        ["status"] = Json(item.Status),
        ["status_label"] = StatusLabels[(int)item.Status],
        ["tracking_link"] = item.TrackingLink,
    };

    private static ScriptObject Related(RelatedIncident incident) => new()
    {
        ["date"] = incident.Date is { } date ? Date(date) : "",
        ["description"] = incident.Description,
        ["link"] = incident.Link,
    };

    private static ScriptObject Appendix(Appendix appendix) => new()
    {
        ["graphs"] = Array(appendix.Graphs, g => new ScriptObject { ["title"] = g.Title, ["url"] = g.Url }),
        ["communication_log"] = Strings(appendix.CommunicationLog),
        ["code_fix"] = appendix.CodeFix,
        ["notes"] = appendix.Notes,
        ["is_empty"] = appendix.Graphs.Count == 0 && appendix.CommunicationLog.Count == 0
            && appendix.CodeFix.Length == 0 && appendix.Notes.Length == 0,
    };

    private static ScriptObject Debrief(DebriefNote debrief) => new()
    {
        ["id"] = debrief.Id,
        ["responder"] = debrief.Responder,
        ["answers"] = Array(debrief.Answers,
            a => new ScriptObject { ["question"] = a.Question, ["answer"] = a.Answer }),
    };

    private static ScriptArray Array<T>(IReadOnlyList<T> items, Func<T, ScriptObject> convert)
    {
        var array = new ScriptArray(items.Count);
        foreach (var item in items)
        {
            array.Add(convert(item));
        }

        return array;
    }

    private static ScriptArray Strings(IReadOnlyList<string> items)
    {
        var array = new ScriptArray(items.Count);
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The documented wire name of an enum value ("in_review", "SEV1").</summary>
    internal static string Json<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames.Of(value);

    /// <summary>The label of every value of a dense enum, indexed by the value.</summary>
    private static string[] Labels<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().OrderBy(v => Convert.ToInt32(v, CultureInfo.InvariantCulture))
            .Select(v => Label(Json(v)))];

    /// <summary>"in_review" becomes "In review"; "SEV1" stays "SEV1".</summary>
    private static string Label(string wireName)
    {
        var words = wireName.Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>
    /// Local times and offset labels of one timeline. A timeline uses one offset, or two across a
    /// daylight-saving change, so each label is made once rather than once per event.
    /// </summary>
    private sealed class EventTimes(TimeZoneInfo zone)
    {
        private readonly Dictionary<TimeSpan, string> _labels = [];

        /// <summary>The instant in the zone, and its offset as "UTC+02:00".</summary>
        public (DateTimeOffset Local, string Label) At(DateTimeOffset time)
        {
            var offset = zone.GetUtcOffset(time);
            if (!_labels.TryGetValue(offset, out var label))
            {
                label = IncidentZone.OffsetLabel(offset);
                _labels[offset] = label;
            }

            return (time.ToOffset(offset), label);
        }
    }
}
