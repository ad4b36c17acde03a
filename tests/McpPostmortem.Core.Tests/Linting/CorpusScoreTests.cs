using McpPostmortem.Linting;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Linting;

public sealed class CorpusScoreTests
{
    private static readonly Lazy<CorpusScore> DevScore = new(() => CorpusScore.Measure(
        new BlameLinter(),
        CorpusScore.ReadRows(File.ReadAllText(SharedFiles.PathOf("corpus", "blame-dev.tsv")))));

    [Fact]
    public void Measure_DevCorpus_MeetsPrecisionAndRecallTargets()
    {
        var score = DevScore.Value;

        Assert.True(score.Precision >= 0.92, $"precision {score.Precision:0.000}\n{score.ToTable()}");
        Assert.True(score.Recall >= 0.88, $"recall {score.Recall:0.000}\n{score.ToTable()}");
    }

    [Fact]
    public void Measure_DevCorpus_EveryBlameCategoryHasRecallOfAtLeast80Percent()
    {
        var weak = DevScore.Value.Categories.Where(c => c.IsBlameful && c.Rate < 0.80).ToList();

        Assert.True(weak.Count == 0, string.Join("\n", weak.Select(c => $"{c.Category}: {c.Rate:0.000}")));
        Assert.Equal(12, DevScore.Value.Categories.Count(c => c.IsBlameful));
    }

    [Fact]
    public void Measure_DevCorpus_EveryBlamelessCategoryHasFalsePositiveRateOfAtMost5Percent()
    {
        var noisy = DevScore.Value.Categories.Where(c => !c.IsBlameful && c.Rate > 0.05).ToList();

        Assert.True(noisy.Count == 0, string.Join("\n", noisy.Select(c => $"{c.Category}: {c.Rate:0.000}")));
    }

    [Fact]
    public void Measure_DevCorpus_NeverFlagsANamedPersonAsNeutralActor()
    {
        var neutral = DevScore.Value.Categories.Single(c => c.Category == "person-as-actor-neutral");

        Assert.Equal(0, neutral.Flagged);
    }

    // The 421 sentences a reviewer wrote before reading the linter (review of the linter topic). They
    // were unseen when the review measured recall 0.64 on them; the rules were then reworked while
    // looking at these misses, so this is now development data, not a held-out set. It guards the same
    // targets as the dev corpus; unseen text is measured outside the repository.
    private static readonly Lazy<CorpusScore> ReviewScore = new(() => CorpusScore.Measure(
        new BlameLinter(),
        CorpusScore.ReadRows(File.ReadAllText(Path.Combine(SharedFiles.RepositoryRoot,
            "tests", "McpPostmortem.Core.Tests", "Linting", "blame-review-heldout.tsv")))));

    [Fact]
    public void Measure_ReviewCorpusUsedInDevelopment_MeetsPrecisionAndRecallTargets()
    {
        var score = ReviewScore.Value;

        Assert.Equal(421, score.TruePositives + score.FalsePositives + score.FalseNegatives + score.TrueNegatives);
        Assert.True(score.Precision >= 0.92, $"precision {score.Precision:0.000}\n{score.ToTable()}");
        Assert.True(score.Recall >= 0.88, $"recall {score.Recall:0.000}\n{score.ToTable()}");
    }

    [Fact]
    public void Measure_ReviewCorpusUsedInDevelopment_MeetsEveryCategoryTarget()
    {
        var categories = ReviewScore.Value.Categories;

        var weak = categories.Where(c => c.IsBlameful ? c.Rate < 0.80 : c.Rate > 0.05).ToList();
        Assert.True(weak.Count == 0, string.Join("\n", weak.Select(c => $"{c.Category}: {c.Rate:0.000}")));
        Assert.Equal(0, categories.Single(c => c.Category == "person-as-actor-neutral").Flagged);
        Assert.Equal(12, categories.Count(c => c.IsBlameful));
    }

    [Fact]
    public void Measure_OneMissedAndOneFalseAlarm_CountsBothAndListsThem()
    {
        var rows = new List<CorpusRow>
        {
            new("A", true, "x", "Ana was careless."),
            new("B", true, "x", "Service recovered."),
            new("C", false, "y", "Bo was sloppy."),
            new("D", false, "y", "DNS recovered at 02:16."),
        };

        var score = CorpusScore.Measure(new BlameLinter(), rows);

        Assert.Equal((1, 1, 1, 1), (score.TruePositives, score.FalsePositives, score.FalseNegatives,
            score.TrueNegatives));
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(["B", "C"], score.Misses.Select(m => m.Id).Order());
        Assert.Contains("| blameful | x | 2 | 1 | recall 0.500 |", score.ToTable(), StringComparison.Ordinal);
    }
}
