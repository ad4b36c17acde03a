using McpPostmortem.Model;
using McpPostmortem.Rendering;
using McpPostmortem.Rendering.External;

namespace McpPostmortem.Tests.Rendering.External;

public sealed class PublicTextTests
{
    private const string LeakySummary =
        "Checkout failed for 40 minutes after Maria Schmidt pushed a config change to the stripe-proxy service on " +
        "host pay-gw-02.prod.internal (10.8.1.4). The on-call page reached Will within 2 minutes; Maria and " +
        "Sam Lee rolled back. Each page load failed. We lost $42,000 in orders and about €40k in gross " +
        "merchandise volume. See https://grafana.internal/d/x and [the dashboard](https://grafana.internal/d/y), " +
        "ask @maria or maria.schmidt@example.com in #payments-oncall. Config in /etc/stripe/proxy.yaml, " +
        "port 8443, ticket PAY-1234, `retry_budget` set to 0, fe80::1ff:fe23:4567:890a answered.";

    [Fact]
    public void Render_External_RemovesPeopleInternalsAndMoneyFromFreeText()
    {
        var postmortem = Leaky();

        var text = PostmortemRenderer.Render(postmortem, "external");

        string[] forbidden =
        [
            "Maria", "Schmidt", "Will ", "Page", "pay-gw-02", "10.8.1.4", "$42,000", "€40k", "$42k", "grafana",
            "@maria", "example.com", "#payments", "/etc/stripe", "8443", "PAY-1234", "retry_budget", "payments.v2",
            "fe80", "Ana", "Cruz",
        ];
        foreach (var word in forbidden)
        {
            Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        }

        Assert.Contains("The on-call page reached our team within 2 minutes", text, StringComparison.Ordinal);
        Assert.Contains("Each page load failed.", text, StringComparison.Ordinal);
        Assert.Contains("See an internal link and the dashboard,", text, StringComparison.Ordinal);
        Assert.Contains("after our team pushed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ReportsWhatWasReplacedAndWhatRemainsUncertain()
    {
        var publicText = new PublicText(Leaky());

        publicText.Apply(LeakySummary);
        publicText.Apply("Revenue loss of $42k; Acme Corp and Globex filed claims; Kafka topic payments.v2 lagged.");

        Assert.Contains(publicText.Redactions, r => r is { Kind: RedactionKind.Person, Text: "Maria Schmidt" });
        Assert.Contains(publicText.Redactions, r => r is { Kind: RedactionKind.Host, Text: "10.8.1.4" });
        Assert.Contains(publicText.Redactions, r => r is { Kind: RedactionKind.Money, Text: "€40k" });
        Assert.Contains(publicText.Redactions, r => r is { Kind: RedactionKind.Link, Replacement: "" });
        Assert.Contains(publicText.Warnings, w => w.Contains("Sam Lee", StringComparison.Ordinal)
            && w.Contains("Acme Corp", StringComparison.Ordinal) && w.Contains("Globex", StringComparison.Ordinal));
        Assert.Contains(publicText.Warnings, w => w.Contains("stripe-proxy", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The loss came to €9.800,50 in refunds.", "€9.800,50", RedactionKind.Money)]
    [InlineData("About 1.2M dollars of orders were delayed.", "1.2M dollars", RedactionKind.Money)]
    [InlineData("The fix shipped in build 3f2a9c1d that evening.", "3f2a9c1d", RedactionKind.Identifier)]
    [InlineData("Request 7f9c2b1e-1234-4abc-8def-0123456789ab timed out.", "7f9c2b1e-1234-4abc-8def-0123456789ab",
        RedactionKind.Identifier)]
    public void Apply_AmountsAndIdentifiersInOtherForms_AreReplacedWhole(string text, string leak, RedactionKind kind)
    {
        var publicText = new PublicText(Leaky());

        var result = publicText.Apply(text);

        Assert.DoesNotContain(leak, result, StringComparison.Ordinal);
        Assert.Contains(publicText.Redactions, r => r.Kind == kind && r.Text == leak);
    }

    [Theory]
    [InlineData("Pages and Willow and Page-load and page and will stay.")]
    [InlineData("Release 2.14.0 rolled back at 14:32:00, e.g. within 24/7 cover and/or a.m. hours.")]
    [InlineData("Errors rose 3.5x for SEV-1 customers; p99 at 1.5 s.")]
    public void Apply_OrdinaryWords_StayUnchanged(string text)
    {
        var publicText = new PublicText(Leaky());

        Assert.Equal(text, publicText.Apply(text));
        Assert.Empty(publicText.Redactions);
    }

    [Fact]
    public void Apply_NameAtTheStartOfASentence_IsReplacedAndFlagged()
    {
        var publicText = new PublicText(Leaky());

        var text = publicText.Apply("Page load times doubled.");

        Assert.Equal("Our team load times doubled.", text);
        Assert.Contains(publicText.Warnings, w => w.StartsWith("'Page'", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_RespondersOwnersAndChatSenders_AreReplaced()
    {
        var postmortem = Leaky() with
        {
            Timeline =
            [
                new TimelineEvent
                {
                    Id = "ev-1",
                    Time = DateTimeOffset.UnixEpoch,
                    Description = "kofi.mensah: restarting the pool",
                    Source = EventSource.Chat,
                    OriginalText = "kofi.mensah  14:35  restarting the pool",
                },
            ],
            Debriefs = [new DebriefNote { Id = "db-1", Responder = "Priya Raman" }],
        };
        var publicText = new PublicText(postmortem);

        var text = publicText.Apply("Priya and kofi.mensah restored it; the Quality engineering lead watched.");

        Assert.Equal("Our team restored it; our team lead watched.", text);
    }

    [Fact]
    public void Apply_ChatSenderOfAnEventMarkedFromThePager_IsStillReplaced()
    {
        var postmortem = Leaky() with
        {
            Timeline =
            [
                new TimelineEvent
                {
                    Id = "ev-1",
                    Time = DateTimeOffset.UnixEpoch,
                    Description = "Zed Quinn: ack",
                    Kind = EventKind.Acknowledged,
                    Source = EventSource.Pager,
                    OriginalText = "Zed Quinn  10:04  ack",
                },
            ],
        };
        var publicText = new PublicText(postmortem);

        var text = publicText.Apply("Zed acknowledged; Zed Quinn then paged the database team.");

        Assert.DoesNotContain("Zed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_WithoutText_GivesNoWarnings()
    {
        var publicText = new PublicText(Leaky());

        publicText.Apply("");

        Assert.Empty(publicText.Warnings);
    }

    private static Postmortem Leaky()
    {
        var reference = RenderingSamples.Reference();
        return reference with
        {
            Authors = [new Author("Will Page"), new Author("Dr. Ana de la Cruz")],
            ActionItems = [.. reference.ActionItems.Select((a, i) => i == 0 ? a with { Owner = "Maria Schmidt" } : a)],
            Summary = LeakySummary + " Ana de la Cruz confirmed.",
            Impact = reference.Impact with
            {
                RevenueImpact = "$42,000",
                Other = "Revenue loss of $42k; Kafka topic payments.v2 lagged 3h",
            },
        };
    }
}
