using McpPostmortem.Errors;

namespace McpPostmortem.Import;

/// <summary>
/// Reads a Markdown file to import from the postmortems folder, and from nowhere else: the name is a
/// plain file name ending in .md, and the file is a regular file, not a link.
/// </summary>
public static class ImportFile
{
    /// <summary>Returns the text of <paramref name="fileName"/> in <paramref name="folder"/>.</summary>
    public static string Read(string folder, string fileName)
    {
        var name = fileName.Trim();
        var plain = name.Length > 3 && name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            && name.IndexOfAny(['/', '\\', ':']) < 0 && !name.StartsWith('.') && !name.Contains("..",
                StringComparison.Ordinal);
        if (!plain)
        {
            throw new PostmortemException(
                $"'file' must be the name of a .md file in the postmortems folder, such as 'old-outage.md', with " +
                "no folders or '..'. Copy the document there first, or pass its text as 'markdown'.");
        }

        var full = Path.GetFullPath(folder);
        var info = new FileInfo(Path.Combine(full, name));
        if (!info.Exists)
        {
            throw new PostmortemException($"There is no file '{name}' in the postmortems folder.");
        }

        if (info.LinkTarget is not null || !string.Equals(info.DirectoryName, full, StringComparison.Ordinal))
        {
            throw new PostmortemException($"'{name}' is a symbolic link; import reads regular files only.");
        }

        if (info.Length > PostmortemImporter.MaxDocumentLength * 4L)
        {
            throw new PostmortemException($"'{name}' is too large to be a postmortem.");
        }

        return File.ReadAllText(info.FullName);
    }
}
