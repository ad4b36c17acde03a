namespace McpPostmortem.Server.Tests.TestSupport;

/// <summary>Finds the repository root, the shared material beside it, and the built server binary.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The server as built next to the tests: the apphost where there is one, else the dll.</summary>
    public static (string Command, string[] Arguments) ServerCommand()
    {
        var name = OperatingSystem.IsWindows() ? "mcp-postmortem.exe" : "mcp-postmortem";
        var apphost = Path.Combine(AppContext.BaseDirectory, name);
        if (File.Exists(apphost))
        {
            return (apphost, []);
        }

        return ("dotnet", [Path.Combine(AppContext.BaseDirectory, "mcp-postmortem.dll")]);
    }

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
