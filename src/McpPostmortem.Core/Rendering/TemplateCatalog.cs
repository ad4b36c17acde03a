using McpPostmortem.Errors;
using McpPostmortem.Model;

namespace McpPostmortem.Rendering;

/// <summary>
/// The templates a postmortems folder offers: the built-in ones, and custom <c>.scriban</c> files in
/// its <c>templates</c> folder. Custom templates see the same data model and the same limits; their
/// includes resolve only inside that folder.
/// </summary>
public sealed class TemplateCatalog
{
    /// <summary>The name of the custom templates folder inside the postmortems folder.</summary>
    public const string FolderName = "templates";

    /// <summary>The URI scheme and path prefix of template resources.</summary>
    public const string UriPrefix = "postmortem://templates/";

    /// <summary>Creates the catalog of one postmortems folder.</summary>
    public TemplateCatalog(string postmortemsDirectory)
    {
        Loader = new TemplateFolderLoader(Path.Combine(Path.GetFullPath(postmortemsDirectory), FolderName));
    }

    /// <summary>The loader of the custom templates folder.</summary>
    public TemplateFolderLoader Loader { get; }

    /// <summary>Lists built-in templates, then custom ones by name; broken custom ones say what is wrong.</summary>
    public IReadOnlyList<TemplateInfo> List()
    {
        var templates = PostmortemRenderer.BuiltInTemplates
            .Select(t => new TemplateInfo(t.Name, BuiltIn: true, t.Description, UriPrefix + t.Name, ""))
            .ToList();
        if (!Directory.Exists(Loader.Folder))
        {
            return templates;
        }

        var files = Directory.EnumerateFiles(Loader.Folder, "*" + TemplateName.Extension)
            .Select(Path.GetFileNameWithoutExtension)
            .OrderBy(n => n, StringComparer.Ordinal);
        foreach (var name in files)
        {
            templates.Add(Describe(name!));
        }

        return templates;
    }

    /// <summary>The text of a template by name: built-in first, then the templates folder.</summary>
    public string Text(string name)
    {
        var plain = TemplateName.Require(name);
        return PostmortemRenderer.IsBuiltIn(plain) ? PostmortemRenderer.BuiltInText(plain) : Loader.ReadText(plain);
    }

    /// <summary>
    /// Renders with the named template, fully in memory; a template error is a caller-fixable error
    /// naming the template, line and column, and nothing is written.
    /// </summary>
    public string Render(Postmortem postmortem, string name)
    {
        var plain = TemplateName.Require(name);
        if (PostmortemRenderer.IsBuiltIn(plain))
        {
            return PostmortemRenderer.Render(postmortem, plain);
        }

        var template = PostmortemRenderer.Parse(ReadCustom(plain), plain);
        return PostmortemRenderer.Render(template, postmortem, Loader);
    }

    private string ReadCustom(string name)
    {
        if (Loader.FileOf(name) is { } path && !File.Exists(path))
        {
            throw new PostmortemException(
                $"There is no template named '{name}'. Built-in templates: " +
                $"{string.Join(", ", PostmortemRenderer.BuiltInNames)}; custom templates are .scriban files in " +
                $"the '{FolderName}' folder beside the postmortems. Call list_templates to see them all.");
        }

        return Loader.ReadText(name);
    }

    private TemplateInfo Describe(string name)
    {
        var uri = UriPrefix + name;
        if (!TemplateName.IsValid(name))
        {
            return new TemplateInfo(name, BuiltIn: false, "", uri,
                "The file name is not a plain template name (letters, digits, '-', '_'); rename the file.");
        }

        if (PostmortemRenderer.IsBuiltIn(name))
        {
            return new TemplateInfo(name, BuiltIn: false, "", uri,
                "A built-in template has this name, so the file is not used; rename the file.");
        }

        try
        {
            var text = Loader.ReadText(name);
            PostmortemRenderer.Parse(text, name);
            return new TemplateInfo(name, BuiltIn: false, LeadingComment(text), uri, "");
        }
        catch (PostmortemException ex)
        {
            return new TemplateInfo(name, BuiltIn: false, "", uri, ex.Message);
        }
    }

    /// <summary>A template describes itself in a leading comment: <c>{{ ## what it is for ## }}</c>.</summary>
    private static string LeadingComment(string text)
    {
        var trimmed = text.TrimStart();
        var open = trimmed.StartsWith("{{", StringComparison.Ordinal) ? trimmed.IndexOf("##",
            StringComparison.Ordinal) : -1;
        var close = open < 0 ? -1 : trimmed.IndexOf("##", open + 2, StringComparison.Ordinal);
        if (open < 0 || close < 0 || trimmed.IndexOf("}}", StringComparison.Ordinal) < close)
        {
            return "Custom template.";
        }

        return string.Join(' ', trimmed[(open + 2)..close].Split((char[])['\n', '\r', ' ', '\t'],
            StringSplitOptions.RemoveEmptyEntries));
    }
}
