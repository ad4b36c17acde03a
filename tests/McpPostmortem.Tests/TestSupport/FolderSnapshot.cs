using System.Security.Cryptography;

namespace McpPostmortem.Server.Tests.TestSupport;

/// <summary>Every file under a folder with a hash of its bytes, to show that nothing was written.</summary>
public static class FolderSnapshot
{
    public static IReadOnlyDictionary<string, string> Take(string directory) =>
        Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                path => Path.GetRelativePath(directory, path),
                path => new FileInfo(path) is { LinkTarget: { } target } ? "link:" + target
                    : Directory.Exists(path) ? "folder"
                    : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))),
                StringComparer.Ordinal);
}
