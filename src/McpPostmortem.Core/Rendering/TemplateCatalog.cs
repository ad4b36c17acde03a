using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Rendering.External;

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

        var names = CustomNames();
        foreach (var name in names)
        {
            templates.Add(Describe(name, names));
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
    public string Render(Postmortem postmortem, string name, PublicText? publicText = null)
    {
        var plain = TemplateName.Require(name);
        var redactor = publicText ?? new PublicText(postmortem);
        if (PostmortemRenderer.IsBuiltIn(plain))
        {
            return PostmortemRenderer.Render(postmortem, plain, redactor);
        }

        if (CaseClash(plain, Directory.Exists(Loader.Folder) ? CustomNames() : []) is { } clash)
        {
            throw new PostmortemException(clash + " Rename the file in the templates folder and render again.");
        }

        var template = PostmortemRenderer.Parse(ReadCustom(plain), plain);
        return PostmortemRenderer.Render(template, postmortem, Loader, redactor);
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

    private List<string> CustomNames() =>
        [.. Directory.EnumerateFiles(Loader.Folder, "*" + TemplateName.Extension)
            .Select(f => Path.GetFileNameWithoutExtension(f)!)
            .OrderBy(n => n, StringComparer.Ordinal)];

    /// <summary>
    /// Output files are named after the template, so names that differ only by case would overwrite
    /// each other on a case-insensitive disk (Windows, macOS); such a name is refused.
    /// </summary>
    private static string? CaseClash(string name, IReadOnlyList<string> customNames)
    {
        var builtIn = PostmortemRenderer.BuiltInNames.FirstOrDefault(b =>
            string.Equals(b, name, StringComparison.OrdinalIgnoreCase) && b != name);
        if (builtIn is not null)
        {
            return $"The template name '{name}' differs only by case from the built-in '{builtIn}'.";
        }

        var other = customNames.FirstOrDefault(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase)
            && c != name);
        return other is null ? null : $"The template names '{name}' and '{other}' differ only by case, so their " +
            "output files would overwrite each other on a case-insensitive disk.";
    }

    private TemplateInfo Describe(string name, IReadOnlyList<string> customNames)
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

        if (CaseClash(name, customNames) is { } clash)
        {
            return new TemplateInfo(name, BuiltIn: false, "", uri, clash + " It is not used; rename the file.");
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
