namespace McpPostmortem.Tests.TestSupport;

/// <summary>Finds the repository root and the shared material beside it (../shared from the root).</summary>
public static class SharedFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string PathOf(params string[] parts) => Path.Combine([Shared, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "McpPostmortem.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("McpPostmortem.sln not found above the test binaries.");
    }
}
