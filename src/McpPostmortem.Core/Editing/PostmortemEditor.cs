using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Storage;
using McpPostmortem.Timeline;

namespace McpPostmortem.Editing;

/// <summary>
/// Checked changes to the header and the single-text and list sections. Each method validates its
/// input first and returns a new postmortem, so a refused change leaves nothing half done.
/// </summary>
public static class PostmortemEditor
{
    public static Postmortem Create(
        string title,
        string incidentDate,
        Severity severity,
        string timeZone,
        IReadOnlyList<Author> authors,
        string summary)
    {
        var cleanTitle = CleanTitle(title);
        var date = Input.Date(incidentDate, "incident_date");
        var zone = IncidentZone.Find(string.IsNullOrWhiteSpace(timeZone) ? "UTC" : timeZone.Trim());
        return new Postmortem
        {
            Id = PostmortemId.Create(date, cleanTitle),
            Title = cleanTitle,
            IncidentDate = date,
            TimeZone = zone.Id,
            Severity = severity,
            Authors = CleanAuthors(authors),
            Summary = Input.Text(summary, "summary", Limits.MaxTextLength),
        };
    }

    /// <summary>Changes the header; empty arguments leave their field as it is.</summary>
    public static Postmortem SetHeader(
        Postmortem postmortem,
        string title,
        string incidentDate,
        string severity,
        string timeZone,
        IReadOnlyList<Author>? authors)
    {
        var changed = postmortem;
        if (!string.IsNullOrWhiteSpace(title))
        {
            changed = changed with { Title = CleanTitle(title) };
        }

        if (!string.IsNullOrWhiteSpace(incidentDate))
        {
            changed = changed with { IncidentDate = Input.Date(incidentDate, "incident_date") };
        }

        if (!string.IsNullOrWhiteSpace(severity))
        {
            changed = changed with { Severity = Input.Enum<Severity>(severity, "severity") };
        }

        if (!string.IsNullOrWhiteSpace(timeZone))
        {
            changed = changed with { TimeZone = IncidentZone.Find(timeZone.Trim()).Id };
        }

        if (authors is { Count: > 0 })
        {
            changed = changed with { Authors = CleanAuthors(authors) };
        }

        return changed;
    }

    public static Postmortem SetSummary(Postmortem postmortem, string summary) =>
        postmortem with { Summary = Input.Text(summary, "summary", Limits.MaxTextLength, required: true) };

    public static Postmortem SetImpact(Postmortem postmortem, Impact impact) => postmortem with
    {
        Impact = new Impact
        {
            Duration = Input.Text(impact.Duration, "duration", Limits.MaxLineLength),
            UsersAffected = Input.Text(impact.UsersAffected, "users_affected", Limits.MaxLineLength),
            RequestsFailed = Input.Text(impact.RequestsFailed, "requests_failed", Limits.MaxLineLength),
            RevenueImpact = Input.Text(impact.RevenueImpact, "revenue_impact", Limits.MaxLineLength),
            Other = Input.Text(impact.Other, "other", Limits.MaxTextLength),
        },
    };

    public static Postmortem SetRootCause(Postmortem postmortem, string text, string diff) => postmortem with
    {
        RootCause = new RootCause
        {
            Text = Input.Text(text, "text", Limits.MaxTextLength, required: true),
            Diff = (diff ?? "").Length <= Limits.MaxBlockLength
                ? (diff ?? "").Trim('\n', '\r')
                : throw new PostmortemException(
                    $"'diff' is over {Limits.MaxBlockLength} characters; attach a link instead."),
        },
    };

    /// <summary>Replaces or extends one of the list sections.</summary>
    public static Postmortem SetList(
        Postmortem postmortem,
        ListSection section,
        IReadOnlyList<string> items,
        bool append)
    {
        var clean = Input.Lines(items, "items", Limits.MaxItemsPerCall);
        var current = Get(postmortem, section);
        var list = append ? current.Concat(clean).ToList() : clean.ToList();
        if (list.Count > Limits.MaxListItems)
        {
            throw new PostmortemException($"A section holds at most {Limits.MaxListItems} entries.");
        }

        return section switch
        {
            ListSection.WentWell => postmortem with { WentWell = list },
            ListSection.WentWrong => postmortem with { WentWrong = list },
            ListSection.LessonsLearned => postmortem with { LessonsLearned = list },
            _ => postmortem with { Prevention = list },
        };
    }

    public static IReadOnlyList<string> Get(Postmortem postmortem, ListSection section) => section switch
    {
        ListSection.WentWell => postmortem.WentWell,
        ListSection.WentWrong => postmortem.WentWrong,
        ListSection.LessonsLearned => postmortem.LessonsLearned,
        _ => postmortem.Prevention,
    };

    public static Postmortem AddRelatedIncident(Postmortem postmortem, string date, string description, string link)
    {
        var related = new RelatedIncident
        {
            Date = Input.OptionalDate(date, "date"),
            Description = Input.Text(description, "description", Limits.MaxTextLength, required: true),
            Link = Input.Link(link, "link"),
        };
        return postmortem with { RelatedIncidents = [.. postmortem.RelatedIncidents, related] };
    }

    /// <summary>Adds to the appendix; empty arguments add nothing.</summary>
    public static Postmortem AddToAppendix(
        Postmortem postmortem,
        IReadOnlyList<Graph> graphs,
        IReadOnlyList<string> communicationLog,
        string codeFix,
        string notes)
    {
        var cleanGraphs = graphs.Select((g, i) => new Graph(
            Input.Text(g.Title, $"graphs[{i}].title", Limits.MaxLineLength, required: true),
            Input.Link(g.Url, $"graphs[{i}].url")));
        var appendix = postmortem.Appendix;
        return postmortem with
        {
            Appendix = appendix with
            {
                Graphs = [.. appendix.Graphs, .. cleanGraphs],
                CommunicationLog = [.. appendix.CommunicationLog, .. Input.Lines(communicationLog, "communication_log",
                    Limits.MaxItemsPerCall)],
                CodeFix = string.IsNullOrWhiteSpace(codeFix) ? appendix.CodeFix : Block(codeFix, "code_fix"),
                Notes = string.IsNullOrWhiteSpace(notes) ? appendix.Notes : Block(notes, "notes"),
            },
        };
    }

    private static string Block(string text, string argument) =>
        text.Length <= Limits.MaxBlockLength
            ? text.Trim('\n', '\r')
            : throw new PostmortemException($"'{argument}' is over {Limits.MaxBlockLength} characters.");

    private static string CleanTitle(string title)
    {
        var clean = Input.Text(title, "title", Limits.MaxLineLength, required: true);

        // The layout adds "Postmortem: " itself; a title that carries it would print it twice.
        const string Prefix = "Postmortem:";
        return clean.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? clean[Prefix.Length..].Trim() : clean;
    }

    private static List<Author> CleanAuthors(IReadOnlyList<Author> authors) =>
        authors.Select((a, i) => new Author(
            Input.Text(a.Name, $"authors[{i}].name", Limits.MaxLineLength, required: true),
            Input.Text(a.Role, $"authors[{i}].role", Limits.MaxLineLength))).ToList();
}
