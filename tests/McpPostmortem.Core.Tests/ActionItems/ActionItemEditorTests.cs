using System.Text.Json;
using McpPostmortem.ActionItems;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Serialization;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.ActionItems;

public sealed class ActionItemEditorTests
{
    [Fact]
    public void Add_AfterRemovingTheHighestIds_NeverReusesAnId()
    {
        var postmortem = Samples.Minimal();
        foreach (var action in new[] { "Add A", "Add B", "Add C" })
        {
            postmortem = ActionItemEditor.Add(postmortem, Candidate(action)).Postmortem;
        }

        postmortem = ActionItemEditor.Remove(postmortem, "ai-2");
        (postmortem, var d) = ActionItemEditor.Add(postmortem, Candidate("Add D"));
        postmortem = ActionItemEditor.Remove(ActionItemEditor.Remove(postmortem, "ai-4"), "ai-3");
        var (_, e) = ActionItemEditor.Add(postmortem, Candidate("Add E"));

        Assert.Equal("ai-4", d.Id);
        Assert.Equal("ai-5", e.Id);
    }

    [Fact]
    public void Add_AfterJsonRoundTrip_CounterKept()
    {
        var (added, _) = ActionItemEditor.Add(Samples.Minimal(), Candidate("Add A"));
        var removed = ActionItemEditor.Remove(added, "ai-1");

        var json = JsonSerializer.Serialize(removed, PostmortemJsonContext.Default.Postmortem);
        var reloaded = JsonSerializer.Deserialize(json, PostmortemJsonContext.Default.Postmortem)!;
        var (_, next) = ActionItemEditor.Add(reloaded, Candidate("Add B"));

        Assert.Contains("\"last_item_ids\"", json, StringComparison.Ordinal);
        Assert.Equal("ai-2", next.Id);
    }

    [Fact]
    public void Add_FileSavedBeforeCounters_StartsAfterHighestId()
    {
        var json = JsonSerializer.Serialize(
            Samples.Minimal() with
            {
                ActionItems =
                [
                    new ActionItem { Id = "ai-1", Action = "Add A" },
                    new ActionItem { Id = "ai-7", Action = "Add B" },
                ],
            },
            PostmortemJsonContext.Default.Postmortem);
        var legacy = JsonSerializer.Deserialize(
            json.Replace("\"last_item_ids\": {}", "\"schema_version\": 1", StringComparison.Ordinal),
            PostmortemJsonContext.Default.Postmortem)!;

        var (_, next) = ActionItemEditor.Add(legacy, Candidate("Add C"));

        Assert.Equal("ai-8", next.Id);
    }

    [Fact]
    public void Update_ClearTrackingLink_Emptied()
    {
        var (postmortem, _) = ActionItemEditor.Add(Samples.Minimal(), Candidate("Add A") with
        {
            TrackingLink = "https://tracker.example.com/T-1",
        });

        var (_, item) = ActionItemEditor.Update(postmortem, "ai-1", new ActionItemChanges { Clear = ["tracking_link"] });

        Assert.Equal("", item.TrackingLink);
    }

    [Fact]
    public void Update_ClearOwnerAndDueOfCandidate_Emptied()
    {
        var (postmortem, _) = ActionItemEditor.Add(Samples.Minimal(), Candidate("Add A") with
        {
            Owner = "SRE",
            DueDate = "2025-08-01",
        });

        var (_, item) = ActionItemEditor.Update(postmortem, "ai-1",
            new ActionItemChanges { Clear = ["owner", "due_date"] });

        Assert.Equal("", item.Owner);
        Assert.Null(item.DueDate);
    }

    [Theory]
    [InlineData("owner", "", "needs 'owner'")]
    [InlineData("priority", "", "only owner, due_date, tracking_link")]
    [InlineData("tracking_link", "https://tracker.example.com/T-2", "both given")]
    public void Update_BadClear_RefusedSayingWhy(string field, string trackingLink, string expected)
    {
        var (postmortem, _) = ActionItemEditor.Add(Samples.Minimal(), new NewActionItem
        {
            Action = "Add A",
            Owner = "SRE",
            DueDate = "2025-08-01",
        });

        var error = Assert.Throws<PostmortemException>(() => ActionItemEditor.Update(postmortem, "ai-1",
            new ActionItemChanges(TrackingLink: trackingLink) { Clear = [field] }));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_OpenWithoutDueDate_RefusalNamesOnlyTheDueDate()
    {
        var error = Assert.Throws<PostmortemException>(() => ActionItemEditor.Add(Samples.Minimal(),
            new NewActionItem { Action = "Add A", Owner = "SRE" }));

        Assert.Contains("needs 'due_date'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody owns", error.Message, StringComparison.Ordinal);
    }

    private static NewActionItem Candidate(string action) =>
        new() { Action = action, Status = ActionItemStatus.Candidate };
}
