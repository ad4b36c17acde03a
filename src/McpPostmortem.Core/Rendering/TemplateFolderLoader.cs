using McpPostmortem.Errors;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace McpPostmortem.Rendering;

/// <summary>
/// Resolves <c>include "name"</c> in custom templates to <c>name.scriban</c> in the templates folder
/// and nowhere else: names with folders, "..", rooted paths and symbolic links are refused.
/// </summary>
public sealed class TemplateFolderLoader : ITemplateLoader
{
    /// <summary>The largest template file read, in characters; templates are small text files.</summary>
    public const int MaxTemplateLength = 256 * 1024;

    /// <summary>Creates a loader for one templates folder.</summary>
    public TemplateFolderLoader(string folder)
    {
        Folder = Path.GetFullPath(folder);
    }

    /// <summary>The full path of the templates folder.</summary>
    public string Folder { get; }

    /// <summary>The file a template name maps to, or null when the name is not a plain name.</summary>
    public string? FileOf(string name) =>
        TemplateName.IsValid(name) ? Path.Combine(Folder, name + TemplateName.Extension) : null;

    /// <summary>Reads a template by plain name, refusing anything that is not a regular file in the folder.</summary>
    public string ReadText(string name)
    {
        var path = FileOf(name) ?? throw new PostmortemException(
            $"'{name}' is not a template name: use letters, digits, '-' and '_' only, with no folders or '..'.");
        if (new DirectoryInfo(Folder).LinkTarget is not null)
        {
            throw new PostmortemException(
                "The templates folder is a symbolic link; templates are only read from a real folder.");
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new PostmortemException(
                $"There is no template '{name}' ({name}{TemplateName.Extension} in the templates folder).");
        }

        if (file.LinkTarget is not null || !string.Equals(file.DirectoryName, Folder, StringComparison.Ordinal))
        {
            throw new PostmortemException(
                $"'{name}{TemplateName.Extension}' is a symbolic link; templates must be regular files in the folder.");
        }

        if (file.Length > MaxTemplateLength * 4L)
        {
            throw new PostmortemException(
                $"'{name}{TemplateName.Extension}' is larger than {MaxTemplateLength} characters.");
        }

        var text = File.ReadAllText(path);
        if (text.Length > MaxTemplateLength)
        {
            throw new PostmortemException(
                $"'{name}{TemplateName.Extension}' is larger than {MaxTemplateLength} characters.");
        }

        return text;
    }

    /// <summary>Maps an include name to its key, the plain name, so error messages show names, not paths.</summary>
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(TemplateName.Extension, StringComparison.OrdinalIgnoreCase)
            ? templateName[..^TemplateName.Extension.Length]
            : templateName;
        if (!TemplateName.IsValid(name))
        {
            throw new ScriptRuntimeException(callerSpan,
                $"include \"{templateName}\" is refused: an include names another template in the templates " +
                "folder by its plain name (letters, digits, '-', '_'), with no folders, '..' or rooted paths.");
        }

        return name;
    }

    /// <summary>Loads an included template; a missing or refused file is a template error at the include.</summary>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        try
        {
            return ReadText(templatePath);
        }
        catch (PostmortemException ex)
        {
            throw new ScriptRuntimeException(callerSpan, ex.Message);
        }
    }

    /// <summary>Loads an included template; file reads are small, so this completes synchronously.</summary>
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
