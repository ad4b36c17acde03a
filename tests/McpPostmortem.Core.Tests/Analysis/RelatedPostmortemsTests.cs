using McpPostmortem.Analysis;
using McpPostmortem.Model;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Analysis;

public sealed class RelatedPostmortemsTests
{
    [Fact]
    public void Find_SharedCategoryAndService_RankedFirstWithReason()
    {
        var target = Incident("2025-03-01-cert", "Payout batches failed on an expired certificate",
            "The payout-worker client certificate expired.", "monitoring", "ownership");
        var close = Incident("2024-11-02-cert", "Bank API handshake failures",
            "The payout-worker certificate for the bank gateway expired.", "monitoring");
        var loose = Incident("2024-06-01-disk", "Disk full on the log host",
            "Log rotation stopped and the disk filled.", "monitoring");
        var unrelated = Incident("2024-01-01-dns", "DNS resolution errors",
            "A resolver config change dropped the search domain.", "deployment");

        var related = RelatedPostmortems.Find(target, [target, close, loose, unrelated], limit: 5);

        Assert.Equal("2024-11-02-cert", related[0].Id);
        Assert.Contains("monitoring", related[0].SharedCategories);
        Assert.Contains("payout-worker", related[0].SharedServices);
        Assert.Contains("certificate", related[0].SharedTerms);
        Assert.Contains("payout-worker", related[0].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(related, r => r.Id == target.Id);
        Assert.DoesNotContain(related, r => r.Id == "2024-01-01-dns");
        Assert.True(related.Zip(related.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void Find_Limit_ReturnsAtMostLimit()
    {
        var target = Incident("2025-01-01-a", "Checkout errors", "checkout-api pool exhausted", "capacity");
        var others = Enumerable.Range(1, 10)
            .Select(i => Incident($"2024-01-{i:00}-b", "Checkout errors again", "checkout-api pool exhausted", "capacity"))
            .ToList();

        var related = RelatedPostmortems.Find(target, [target, .. others], limit: 3);

        Assert.Equal(3, related.Count);
    }

    [Fact]
    public void Find_NoOverlap_Empty()
    {
        var target = Incident("2025-01-01-a", "Alpha", "alpha-service crashed", "testing");
        var other = Incident("2025-01-02-b", "Beta", "beta-queue stalled", "capacity");

        Assert.Empty(RelatedPostmortems.Find(target, [target, other], limit: 5));
    }

    [Fact]
    public void Find_HyphenatedOrdinaryWords_AreTermsNotServices()
    {
        var target = Incident("2025-03-01-a", "Checkout errors", "The on-call saw a connection-leak in the " +
            "payments-api after the rate-limit change; slow queries piled up.", "capacity");
        var other = Incident("2025-02-01-b", "Checkout errors again", "The on-call paged on a connection-leak in " +
            "the payments-api; the rate-limit was too low and one query was slow.", "capacity");

        var related = Assert.Single(RelatedPostmortems.Find(target, [target, other], limit: 5));

        Assert.Equal(["payments-api"], related.SharedServices);
        Assert.Contains("connection-leak", related.SharedTerms);
        Assert.Contains("rate-limit", related.SharedTerms);
        Assert.Contains("queries", related.SharedTerms);
        Assert.DoesNotContain("on-call", related.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("querie,", related.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("queries", "query")]
    [InlineData("certificates", "certificate")]
    [InlineData("caches", "cache")]
    [InlineData("patches", "patch")]
    [InlineData("classes", "class")]
    [InlineData("status", "status")]
    [InlineData("process", "process")]
    [InlineData("analysis", "analysis")]
    [InlineData("dns", "dns")]
    public void Singular_Word_FoldsPlurals(string word, string expected)
    {
        Assert.Equal(expected, IncidentTerms.Singular(word).ToString());
    }

    private static Postmortem Incident(string id, string title, string rootCause, params string[] categories) =>
        Samples.Minimal(id) with
        {
            Title = title,
            RootCause = new RootCause { Text = rootCause },
            ContributingFactors = categories
                .Select((c, i) => new ContributingFactor { Id = $"cf-{i + 1}", Title = "Factor " + c, Category = c })
                .ToList(),
        };
}
