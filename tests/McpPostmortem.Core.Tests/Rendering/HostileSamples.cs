using McpPostmortem.Model;

namespace McpPostmortem.Tests.Rendering;

/// <summary>
/// Text that tries to open a Markdown block of its own, and a postmortem with such text in every
/// field a template shows.
/// </summary>
public static class HostileSamples
{
    /// <summary>Each opens a different block construct at the start of a line, or hides text.</summary>
    public static TheoryData<string> Texts() =>
    [
        "```", "~~~", "````js\nunclosed fence", "text\n===", "text\n---", "text\n-", "<div>", "<!-- hidden",
        "<script>alert(1)</script>", "- item", "* item", "+ item", "1. item", "1) item", "* * *", "***", "___",
        "- - -", "[ref]: https://evil.example", "[^1]: footnote", "> quote", "# heading", "## heading",
        "    indented", "a | b\n|---|---|", "a | b\n:--|--", "a | b\n--|--", "\\", "ends with #",
        "``` inline code ``` then text", "<https://autolink.example>", "\t- tab item", "::: container",
        "$$\nmath", "^^^ figure", "+---+---+", "Term\n:   definition", "{.class}",
        "before\n\n```\nclosed fence\n```\n\nafter", "```mermaid\ngraph TD\n  A-->B\n```",
        "![image](http://evil.example/y.png)", "[link](javascript:alert(1))",
    ];

    /// <summary>The reference postmortem with <paramref name="text"/> in every shown text field.</summary>
    public static Postmortem Everywhere(string text)
    {
        var p = RenderingSamples.Reference();
        var wrapped = $"First line.\n{text}\nLast line.";
        return p with
        {
            Title = $"Title {text.Split('\n')[0]}",
            Authors = [new Author(text, text)],
            Summary = wrapped,
            Impact = new Impact
            {
                Duration = text, UsersAffected = text, RequestsFailed = text, RevenueImpact = text, Other = wrapped,
            },
            Timeline = [.. p.Timeline.Select(e => e with { Description = wrapped })],
            RootCause = new RootCause { Text = wrapped, Diff = text },
            ContributingFactors =
            [
                new ContributingFactor { Id = "cf-1", Title = text, Category = text, Points = [text, wrapped] },
            ],
            WentWell = [text, wrapped],
            WentWrong = [text],
            ActionItems = [.. p.ActionItems.Select(a => a with { Action = wrapped, Owner = text })],
            LessonsLearned = [text],
            RelatedIncidents = [new RelatedIncident { Description = text }, new RelatedIncident
            {
                Description = text, Link = "https://wiki.example.com/x",
            }],
            Prevention = [wrapped],
            Appendix = new Appendix
            {
                Graphs = [new Graph(text, "https://grafana.example.com/d/x")],
                CommunicationLog = [text],
                CodeFix = text,
                Notes = wrapped,
            },
            Debriefs =
            [
                new DebriefNote
                {
                    Id = "db-1",
                    Responder = text,
                    Answers = [new DebriefAnswer { Question = text, Answer = wrapped }],
                },
            ],
        };
    }
}
