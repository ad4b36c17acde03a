using System.Collections.Concurrent;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

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

    /// <summary>The most loop iterations one render may run, over all loops.</summary>
    public const int LoopLimit = 100_000;

    /// <summary>The deepest nesting of function calls and includes.</summary>
    public const int RecursionLimit = 64;

    /// <summary>Loop limits do not stop a loop that doubles a string each turn; a time budget does.</summary>
    private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(5);

    private static readonly ConcurrentDictionary<string, Template> BuiltIns = new(StringComparer.Ordinal);

    /// <summary>The names of the templates shipped with the server, with what each is for.</summary>
    public static IReadOnlyList<(string Name, string Description)> BuiltInTemplates { get; } =
    [
        ("default", "The reference layout, every part in its order: header, summary, impact, timeline " +
            "with metrics, root cause, contributing factors, what went well and wrong, action items, " +
            "lessons learned, related incidents, prevention, appendix."),
        ("google-sre", "The section set of the Google SRE book's example postmortem: status, summary, " +
            "impact, root causes, trigger, resolution, detection, action items, lessons learned " +
            "(what went well, what went wrong, where we got lucky), timeline, supporting information."),
        ("external", "A customer-facing version: what happened, the impact and how long it lasted, " +
            "and what we are doing about it. No personal names, no internal system details, no revenue."),
    ];

    /// <summary>The names of the templates shipped with the server.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = [.. BuiltInTemplates.Select(t => t.Name)];

    /// <summary>True when <paramref name="name"/> is one of the built-in templates.</summary>
    public static bool IsBuiltIn(string name) => BuiltInNames.Contains(name, StringComparer.Ordinal);

    /// <summary>Renders with a built-in template, "default" being the reference layout.</summary>
    public static string Render(Postmortem postmortem, string templateName = "default")
    {
        var template = BuiltIns.GetOrAdd(templateName, LoadBuiltIn);
        return Render(template, postmortem);
    }

    /// <summary>Renders with a parsed template; template errors come back as caller-fixable errors.</summary>
    public static string Render(Template template, Postmortem postmortem, ITemplateLoader? loader = null) =>
        Render(template, postmortem, loader, MaxOutputLength);

    /// <summary>The text of a built-in template, for reading it or copying it as a custom template.</summary>
    public static string BuiltInText(string name)
    {
        using var resource = OpenBuiltIn(name);
        using var reader = new StreamReader(resource);
        return reader.ReadToEnd();
    }

    /// <summary>Parses template text; a syntax error names the template, its line and column.</summary>
    public static Template Parse(string text, string name)
    {
        var template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            var errors = string.Join("; ", template.Messages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => At(m.Span, m.Message)));
            throw new PostmortemException(
                $"Template '{name}' does not parse: {errors}. Fix the template file and render again.");
        }

        return template;
    }

    internal static string Render(Template template, Postmortem postmortem, ITemplateLoader? loader, int maxLength)
    {
        var globals = TemplateModel.Create(postmortem);
        AddFunctions(globals, postmortem);

        var output = new LimitedOutput(maxLength);
        using var budget = new CancellationTokenSource(TimeBudget);
        var context = new TemplateContext
        {
            CancellationToken = budget.Token,
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            LimitToString = maxLength,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = loader,
        };
        context.PushGlobal(globals);
        context.PushOutput(output);

        var name = template.SourceFilePath ?? "template";
        try
        {
            template.Render(context);
            return output.ToString().TrimEnd() + "\n";
        }
        catch (Exception ex) when (ex is TemplateOutputLimitException
            || ex.InnerException is TemplateOutputLimitException)
        {
            throw new PostmortemException(
                $"Template '{name}' produced more than {maxLength} characters; it probably repeats itself " +
                "(a loop or include without an end). Fix the template and render again.");
        }
        catch (OperationCanceledException ex) when (budget.IsCancellationRequested)
        {
            throw new PostmortemException(
                $"Template '{name}' ran for more than {TimeBudget.TotalSeconds:0} seconds and was stopped; it " +
                "probably loops without end or builds a huge text. Fix the template and render again.", ex);
        }
        catch (ScriptParserRuntimeException ex)
        {
            var errors = string.Join("; ", ex.ParserMessages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => At(m.Span, m.Message)));
            throw new PostmortemException(
                $"Template error in {At(ex.Span, ex.OriginalMessage)}: {errors}. Fix the template and render " +
                "again.", ex);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new PostmortemException(
                $"Template error in {At(ex.Span, ex.OriginalMessage)}. Fix the template and render again.", ex);
        }
    }

    /// <summary>"'name' line 3, column 7: message", counting lines and columns from one.</summary>
    private static string At(SourceSpan span, string message) =>
        $"'{span.FileName}' line {span.Start.Line + 1}, column {span.Start.Column + 1}: {message.TrimEnd('.')}";

    private static Template LoadBuiltIn(string name)
    {
        using var resource = OpenBuiltIn(name);
        using var reader = new StreamReader(resource);
        return Parse(reader.ReadToEnd(), name);
    }

    private static Stream OpenBuiltIn(string name)
    {
        var resource = IsBuiltIn(name)
            ? typeof(PostmortemRenderer).Assembly.GetManifestResourceStream($"templates/{name}.scriban")
            : null;
        return resource ?? throw new PostmortemException(
            $"There is no built-in template named '{name}'. Built-in templates: {string.Join(", ", BuiltInNames)}.");
    }

    private static void AddFunctions(ScriptObject globals, Postmortem postmortem)
    {
        globals["public_text"] = new TextFunction(new PublicText(postmortem).Apply);
        globals["md_cell"] = new TextFunction(MarkdownText.Cell);
        globals["md_line"] = new TextFunction(MarkdownText.Line);
        globals["md_strong"] = new TextFunction(MarkdownText.Strong);
        globals["md_emphasis"] = new TextFunction(MarkdownText.Emphasis);
        globals["md_label"] = new TextFunction(MarkdownText.Label);
        globals["md_block"] = new TextFunction(MarkdownText.Block);
        globals["md_markdown"] = new TextFunction(MarkdownText.Markdown);
        globals["md_item"] = new TextFunction(MarkdownText.Item);
        globals["md_url"] = new TextFunction(MarkdownText.Url);
        globals["md_fence"] = new TextFunction(code => MarkdownText.Fence(code, ""));
        globals["md_fence_diff"] = new TextFunction(code => MarkdownText.Fence(code, "diff"));
    }
}
