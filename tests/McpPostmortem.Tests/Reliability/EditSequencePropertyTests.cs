using System.Globalization;
using System.Text.Json;
using CsCheck;
using McpPostmortem.ActionItems;
using McpPostmortem.Editing;
using McpPostmortem.Errors;
using McpPostmortem.Linting;
using McpPostmortem.Model;
using McpPostmortem.Rendering;
using McpPostmortem.Serialization;
using McpPostmortem.Server.Tests.TestSupport;
using McpPostmortem.Storage;
using McpPostmortem.Timeline;

namespace McpPostmortem.Server.Tests.Reliability;

/// <summary>
/// Random sequences of the edits the tools make, applied through the real store: after every step the
/// timeline is sorted, the JSON round-trips, render and lint do not throw, a refused edit changes no
/// byte on disk, and the file on disk is exactly the last acknowledged state.
/// </summary>
public sealed class EditSequencePropertyTests
{
    private static readonly string[] Kinds =
        ["note", "action", "deploy", "communication", "started", "detected", "acknowledged", "mitigated", "resolved", "bogus"];

    // Text with Markdown and table syntax, accents, emoji, quotes, control characters and blame words.
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char["abc xyz|*_`#<>[]()\\\n\t\"'é€😀-"], 0, 60],
        Gen.OneOf<string>("", "   ", "The on-call engineer should have noticed.", "| a | b |", "<script>x</script>",
            "```\ncode\n```", "{{ x }}", "\u0000\u001f", new string('x', Limits.MaxTextLength + 1)));

    private static readonly Gen<string> Time = Gen.OneOf(
        Gen.Select(Gen.Int[0, 23], Gen.Int[0, 59], (h, m) => $"{h:00}:{m:00}"),
        Gen.Select(Gen.Int[0, 23], Gen.Int[0, 59], Gen.Int[-12, 14],
            (h, m, o) => $"2025-07-09T{h:00}:{m:00}:00{(o < 0 ? "-" : "+")}{Math.Abs(o):00}:00"),
        Gen.OneOf<string>("2:45 PM", "14:32 UTC", "25:99", "yesterday", ""));

    private static readonly Gen<Step> Steps = Gen.Select(Gen.Int[0, 7], Gen.Int[0, 40], Text, Time, Gen.Int[1, 4],
        (op, n, text, time, count) => new Step(op, n, text, time, count));

    [Fact]
    public void StoreUpdate_RandomEditSequences_KeepTheInvariants()
    {
        Steps.Array[1, 25].Sample(steps =>
        {
            using var folder = new ScratchFolder();
            var store = new PostmortemStore(folder.Path);
            var linter = new DocumentLinter(new BlameLinter(), TimeProvider.System);
            var acknowledged = store.Create(PostmortemEditor.Create(
                "Property run", "2025-07-09", Severity.Sev3, "Europe/Berlin", [], ""));
            var id = acknowledged.Id;

            foreach (var step in steps)
            {
                var before = File.ReadAllBytes(folder.File(id + ".json"));
                try
                {
                    acknowledged = store.Update(id, p => Apply(p, step));
                }
                catch (PostmortemException)
                {
                    Assert.Equal(before, File.ReadAllBytes(folder.File(id + ".json")));
                }

                var onDisk = File.ReadAllBytes(folder.File(id + ".json"));
                Assert.Equal(Json(acknowledged), onDisk);
                var timeline = acknowledged.Timeline;
                Assert.True(timeline.Zip(timeline.Skip(1)).All(pair => pair.First.Time <= pair.Second.Time), "timeline not sorted");
                var reread = JsonSerializer.Deserialize(onDisk, PostmortemJsonContext.Default.Postmortem)!;
                Assert.Equal(onDisk, Json(reread));
                Assert.NotEmpty(PostmortemRenderer.Render(reread));
                _ = linter.Lint(reread);
            }
        }, iter: 60);
    }

    private static Postmortem Apply(Postmortem p, Step step)
    {
        var eventId = p.Timeline.Count == 0 ? "ev-1" : p.Timeline[step.Number % p.Timeline.Count].Id;
        switch (step.Operation)
        {
            case 0 or 1:
                var events = Enumerable.Range(0, step.Count).Select(i => new NewTimelineEvent(
                    step.Time,
                    i == 0 ? step.Text : $"{step.Text} ({i})",
                    EnumNames.Parse<EventKind>(Kinds[(step.Number + i) % Kinds.Length]) ?? EventKind.Note)).ToList();
                return TimelineEditor.Add(p, events).Postmortem;
            case 2:
                return TimelineEditor.Remove(p, eventId);
            case 3:
                var current = TimelineEditor.Find(p, eventId);
                return TimelineEditor.Replace(p, current with
                {
                    Description = Input.Text(step.Text, "description", Limits.MaxTextLength, required: true),
                    Kind = EnumNames.Parse<EventKind>(Kinds[step.Number % Kinds.Length]) ?? current.Kind,
                });
            case 4:
                return PostmortemEditor.SetSummary(p, step.Text);
            case 5:
                return PostmortemEditor.SetList(p, (ListSection)(step.Number % 4), [step.Text, step.Time], append: step.Count > 2);
            case 6:
                return ActionItemEditor.Add(p, new NewActionItem
                {
                    Action = step.Text,
                    Owner = step.Count > 1 ? "platform team" : "",
                    DueDate = step.Count > 2 ? "2025-08-0" + step.Count.ToString(CultureInfo.InvariantCulture) : step.Time,
                }).Postmortem;
            default:
                return PostmortemEditor.SetRootCause(p, step.Text, step.Count > 2 ? "- a\n+ b" : "");
        }
    }

    private static byte[] Json(Postmortem postmortem) =>
        JsonSerializer.SerializeToUtf8Bytes(postmortem, PostmortemJsonContext.Default.Postmortem);

    /// <summary>One random edit: which operation, a number to pick an item, text, a time and a count.</summary>
    public sealed record Step(int Operation, int Number, string Text, string Time, int Count);
}
