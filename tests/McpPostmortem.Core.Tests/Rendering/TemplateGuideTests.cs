using McpPostmortem.Model;
using McpPostmortem.Rendering;
using McpPostmortem.Tests.TestSupport;
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

    [Fact]
    public void SkillReference_ListsTheDocumentedModel()
    {
        // The skill's reference is generated from TemplateGuide; MCP_POSTMORTEM_UPDATE_GOLDEN=1 rewrites it.
        var path = Path.Combine(SharedFiles.RepositoryRoot, "skill", "references", "templates.md");
        var text = File.ReadAllText(path);
        var start = text.IndexOf(GeneratedStart, StringComparison.Ordinal);
        var end = text.IndexOf(GeneratedEnd, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "templates.md lacks its generated-part markers");
        var expected = text[..(start + GeneratedStart.Length)] + "\n" + Reference() + text[end..];

        if (Environment.GetEnvironmentVariable("MCP_POSTMORTEM_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, text);
    }

    private const string GeneratedStart = "<!-- generated from TemplateGuide: start -->";

    private const string GeneratedEnd = "<!-- generated from TemplateGuide: end -->";

    private static string Reference()
    {
        var text = new System.Text.StringBuilder();
        static string Cell(string value) => MarkdownText.Cell(value);
        void Rows(IEnumerable<TemplateField> fields, string prefix)
        {
            foreach (var field in fields)
            {
                var list = field.Type.StartsWith("list of object", StringComparison.Ordinal) ? "[]" : "";
                // Plain names: the skill's tests read snake_case code spans as tool names.
                text.Append("| ").Append(prefix).Append(field.Name).Append(" | ").Append(field.Type)
                    .Append(" | ").Append(Cell(field.Description)).Append(" |\n");
                Rows(field.Fields, $"{prefix}{field.Name}{list}.");
            }
        }

        text.Append("\n### Fields\n\n| Field | Type | What it holds |\n|---|---|---|\n");
        Rows(TemplateGuide.Fields, "");
        text.Append("\n### Functions\n\n| Function | What it does |\n|---|---|\n");
        foreach (var function in TemplateGuide.Functions)
        {
            text.Append("| ").Append(function.Name).Append(" | ").Append(Cell(function.Description)).Append(" |\n");
        }

        return text.Append('\n').ToString();
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
