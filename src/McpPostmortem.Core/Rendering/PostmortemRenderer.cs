using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Rendering.External;
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

    /// <summary>
    /// Loop and recursion limits do not stop a loop that doubles a string each turn, nor a function
    /// that calls itself twice per level; a time budget does.
    /// </summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest one regex.* call may run. A regular expression cannot be interrupted, so it must
    /// time out on its own, well inside <see cref="TimeBudget"/>.
    /// </summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private static readonly ConcurrentDictionary<string, Template> BuiltIns = new(StringComparer.Ordinal);

    /// <summary>The names of the templates shipped with the server, with what each is for.</summary>
    public static IReadOnlyList<(string Name, string Description)> BuiltInTemplates { get; } =
    [
        ("default", "The reference layout, every part in its order: header, summary, impact, timeline " +
            "with metrics and chart, root cause, contributing factors, what went well and wrong, action items, " +
            "lessons learned, related incidents, prevention, appendix with responder debriefs. It ends with a " +
            "hidden HTML comment holding what the layout does not show (ids, classes, categories, sources, the " +
            "review record), so import_postmortem restores the document without loss."),
        ("google-sre", "The section set of the Google SRE book's example postmortem: status, summary, " +
            "impact, root causes, trigger, resolution, detection, action items (with type), lessons learned " +
            "(what went well, what went wrong, takeaways), timeline, supporting information with responder " +
            "debriefs. The model has no 'where we got lucky' field; record lucky breaks under what went well."),
        ("external", "A customer-facing version: what happened (the summary), the impact and how long it " +
            "lasted, the milestones in plain words, and what we are doing about it (action items counted by " +
            "class). Titles, owners, root cause, diff, contributing factors, revenue and the debriefs are left " +
            "out. Free text goes through public_text, which replaces the people the postmortem names, contacts, " +
            "links, hosts, addresses, ports, paths, ticket keys, identifiers and money amounts; render_postmortem " +
            "lists what it replaced and what it could not judge (a person or customer named only in prose), so " +
            "read the output before sharing it."),
    ];

    /// <summary>The names of the templates shipped with the server.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = [.. BuiltInTemplates.Select(t => t.Name)];

    /// <summary>True when <paramref name="name"/> is one of the built-in templates.</summary>
    public static bool IsBuiltIn(string name) => BuiltInNames.Contains(name, StringComparer.Ordinal);

    /// <summary>Renders with a built-in template, "default" being the reference layout.</summary>
    public static string Render(Postmortem postmortem, string templateName = "default") =>
        Render(postmortem, templateName, new PublicText(postmortem));

    /// <summary>
    /// Renders with a built-in template; <paramref name="publicText"/> collects what the template's
    /// public_text calls redacted.
    /// </summary>
    public static string Render(Postmortem postmortem, string templateName, PublicText publicText)
    {
        var template = BuiltIns.GetOrAdd(templateName, LoadBuiltIn);
        return Render(template, postmortem, loader: null, MaxOutputLength, publicText);
    }

    /// <summary>Renders with a parsed template; template errors come back as caller-fixable errors.</summary>
    public static string Render(Template template, Postmortem postmortem, ITemplateLoader? loader = null,
        PublicText? publicText = null) =>
        Render(template, postmortem, loader, MaxOutputLength, publicText);

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

    internal static string Render(Template template, Postmortem postmortem, ITemplateLoader? loader, int maxLength,
        PublicText? publicText = null)
    {
        var globals = TemplateModel.Create(postmortem);
        AddFunctions(globals, publicText ?? new PublicText(postmortem));

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
            RegexTimeOut = RegexTimeout,
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
        catch (Exception ex) when (budget.IsCancellationRequested
            && ex is OperationCanceledException or ScriptRuntimeException)
        {
            // Scriban reports the cancellation as its own ScriptAbortException, a runtime error.
            throw new PostmortemException(
                $"Template '{name}' ran for more than {TimeBudget.TotalSeconds:0} seconds and was stopped; it " +
                "probably loops or recurses without end, or builds a huge text. Fix the template and render " +
                "again.", ex);
        }
        catch (Exception ex) when (Inner<RegexMatchTimeoutException>(ex) is not null)
        {
            var where = ex is ScriptRuntimeException runtime
                ? At(runtime.Span, "a regular expression")
                : $"'{name}': a regular expression";
            throw new PostmortemException(
                $"Template error in {where} ran for more than " +
                $"{RegexTimeout.TotalSeconds:0} second and was stopped; simplify the pattern (nested repeats such " +
                "as (a+)+ can take exponential time). Fix the template and render again.", ex);
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

    private static T? Inner<T>(Exception? ex)
        where T : Exception
    {
        while (ex is not null and not T)
        {
            ex = ex.InnerException;
        }

        return ex as T;
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

    private static void AddFunctions(ScriptObject globals, PublicText publicText)
    {
        globals["public_text"] = new TextFunction(publicText.Apply);
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
