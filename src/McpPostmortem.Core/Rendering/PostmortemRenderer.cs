using System.Collections.Concurrent;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using Scriban;
using Scriban.Runtime;

namespace McpPostmortem.Rendering;

/// <summary>
/// Renders a postmortem through a Scriban template. Templates see the data of
/// <see cref="TemplateModel"/> and the Markdown escaping functions; they run with loop, recursion and
/// output limits, so a broken template fails with a message instead of hanging the server.
/// </summary>
public sealed class PostmortemRenderer
{
    /// <summary>The most a rendered document may hold, in characters.</summary>
    public const int MaxOutputLength = 16 * 1024 * 1024;

    private const int LoopLimit = 100_000;

    private const int RecursionLimit = 64;

    /// <summary>Loop limits do not stop a loop that doubles a string each turn; a time budget does.</summary>
    private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(5);

    private static readonly ConcurrentDictionary<string, Template> BuiltIns = new(StringComparer.Ordinal);

    /// <summary>The names of the templates shipped with the server.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = ["default"];

    /// <summary>Renders with a built-in template, "default" being the reference layout.</summary>
    public static string Render(Postmortem postmortem, string templateName = "default")
    {
        var template = BuiltIns.GetOrAdd(templateName, LoadBuiltIn);
        return Render(template, postmortem);
    }

    /// <summary>Renders with a parsed template; template errors come back as caller-fixable errors.</summary>
    public static string Render(Template template, Postmortem postmortem)
    {
        var globals = TemplateModel.Create(postmortem);
        AddFunctions(globals);

        using var budget = new CancellationTokenSource(TimeBudget);
        var context = new TemplateContext
        {
            CancellationToken = budget.Token,
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            LimitToString = MaxOutputLength,
            EnableRelaxedMemberAccess = false,
        };
        context.PushGlobal(globals);

        try
        {
            var text = template.Render(context);
            if (text.Length > MaxOutputLength)
            {
                throw new PostmortemException(
                    $"The rendered document is over {MaxOutputLength} characters; the template probably repeats itself.");
            }

            return text.TrimEnd() + "\n";
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            throw new PostmortemException($"The template failed: {ex.Message}", ex);
        }
        catch (OperationCanceledException ex) when (budget.IsCancellationRequested)
        {
            throw new PostmortemException(
                $"The template ran for more than {TimeBudget.TotalSeconds:0} seconds and was stopped; it " +
                "probably loops without end or builds a huge text.", ex);
        }
    }

    /// <summary>Parses template text; a syntax error names its line and column.</summary>
    public static Template Parse(string text, string name)
    {
        var template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            var errors = string.Join("; ", template.Messages.Select(m => m.ToString()));
            throw new PostmortemException($"Template '{name}' has errors: {errors}");
        }

        return template;
    }

    private static Template LoadBuiltIn(string name)
    {
        var resource = typeof(PostmortemRenderer).Assembly.GetManifestResourceStream($"templates/{name}.scriban");
        if (resource is null)
        {
            throw new PostmortemException(
                $"There is no template named '{name}'. Built-in templates: {string.Join(", ", BuiltInNames)}.");
        }

        using var reader = new StreamReader(resource);
        return Parse(reader.ReadToEnd(), name);
    }

    private static void AddFunctions(ScriptObject globals)
    {
        globals["md_cell"] = new TextFunction(MarkdownText.Cell);
        globals["md_line"] = new TextFunction(MarkdownText.Line);
        globals["md_block"] = new TextFunction(MarkdownText.Block);
        globals["md_url"] = new TextFunction(MarkdownText.Url);
        globals["md_fence"] = new TextFunction(code => MarkdownText.Fence(code, ""));
        globals["md_fence_diff"] = new TextFunction(code => MarkdownText.Fence(code, "diff"));
    }
}
