using McpPostmortem.Model;
using McpPostmortem.Rendering;
using Scriban.Runtime;

namespace McpPostmortem.Tests.Rendering;

public sealed class TemplateGuideTests
{
    [Fact]
    public void Fields_MatchTheModelTemplatesSee()
    {
        var postmortem = RenderingSamples.Reference() with
        {
            Debriefs = [new DebriefNote { Id = "db-1", Responder = "SRE", Answers = [new DebriefAnswer
            {
                Question = "Q?", Answer = "A.",
            }] }],
        };

        var model = TemplateModel.Create(postmortem);

        AssertDocumented(model, TemplateGuide.Fields, "");
    }

    public static TheoryData<string> FunctionNames() => [.. TemplateGuide.Functions.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(FunctionNames))]
    public void Functions_AreTheOnesTemplatesCanCall(string name)
    {
        var template = PostmortemRenderer.Parse($"{{{{ {name} \"a b\" }}}}", "call");

        var text = PostmortemRenderer.Render(template, RenderingSamples.Reference());

        Assert.Contains("a", text, StringComparison.Ordinal);
    }

    private static void AssertDocumented(ScriptObject value, IReadOnlyList<TemplateField> fields, string path)
    {
        Assert.Equal(fields.Select(f => f.Name).Order(StringComparer.Ordinal),
            value.Keys.Order(StringComparer.Ordinal));
        foreach (var field in fields.Where(f => f.Fields.Count > 0))
        {
            var child = value[field.Name];
            var item = child is ScriptArray array ? Assert.IsType<ScriptObject>(array[0]) : child as ScriptObject;
            Assert.NotNull(item);
            AssertDocumented(item, field.Fields, $"{path}{field.Name}.");
        }
    }
}
