namespace McpPostmortem.Storage;

/// <summary>
/// Writes whole files or nothing: the bytes go to a temporary file beside the target, are flushed
/// to disk, and the temporary file is renamed over the target. A crash at any point leaves either
/// the old file or the new one, never a torn mix.
/// </summary>
public static class AtomicFile
{
    private static readonly System.Buffers.SearchValues<char> HexDigits =
        System.Buffers.SearchValues.Create("0123456789abcdef");

    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(
                temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// True for a name this class gives its temporary files: ".&lt;file name&gt;.&lt;32 hex digits&gt;.tmp".
    /// </summary>
    public static bool IsTemporaryName(string name)
    {
        const int GuidLength = 32;
        const string Suffix = ".tmp";
        if (name.Length < 2 + GuidLength + 1 + Suffix.Length || name[0] != '.'
            || !name.EndsWith(Suffix, StringComparison.Ordinal))
        {
            return false;
        }

        var guid = name.AsSpan(name.Length - Suffix.Length - GuidLength, GuidLength);
        return name[name.Length - Suffix.Length - GuidLength - 1] == '.' && guid.IndexOfAnyExcept(HexDigits) < 0;
    }

    public static void WriteAllText(string path, string text) =>
        WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(text));
}
