using McpPostmortem.Errors;
using McpPostmortem.Storage;

namespace McpPostmortem.Tests.Storage;

public class PostmortemIdTests
{
    [Theory]
    [InlineData("2025-07-09", "Global 502s after an edge push", "2025-07-09-global-502s-after-an-edge-push")]
    [InlineData("2025-02-08", "Dvořák's  cert   EXPIRED!", "2025-02-08-dvorak-s-cert-expired")]
    [InlineData("2025-02-08", "Łódź depot: Straße sync, Ærø and Nguyễn's queue", "2025-02-08-lodz-depot-strasse-sync-aero-and-nguyen-s-queue")]
    [InlineData("2025-02-08", "Сбой DNS 東京", "2025-02-08-dns")]
    [InlineData("2025-11-12", "   ", "2025-11-12")]
    public void Create_Title_GivesReadableSlug(string date, string title, string expected)
    {
        var incidentDate = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, PostmortemId.Create(incidentDate, title));
    }

    [Fact]
    public void Create_LongTitle_StaysWithinLimitAtWordBoundary()
    {
        var id = PostmortemId.Create(new DateOnly(2025, 1, 1), string.Join(' ', Enumerable.Repeat("wordy", 40)));

        Assert.True(id.Length <= PostmortemId.MaxLength);
        Assert.True(PostmortemId.IsValid(id));
        Assert.EndsWith("wordy", id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("double--hyphen")]
    [InlineData("Upper")]
    [InlineData("")]
    [InlineData("dot.json")]
    public void Require_NotAPlainSlug_IsRefusedWithAHint(string id)
    {
        var error = Assert.Throws<PostmortemException>(() => PostmortemId.Require(id));

        Assert.Contains("list_postmortems", error.Message, StringComparison.Ordinal);
    }
}
