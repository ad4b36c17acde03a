namespace McpPostmortem.Server.Cli;

/// <summary>
/// How to start this same program again as a server: the apphost or AOT binary directly, or
/// "dotnet mcp-postmortem.dll" when it was started through the dotnet host.
/// </summary>
public static class SelfCommand
{
    public static string Path { get; } = Environment.ProcessPath ?? "mcp-postmortem";

    public static IReadOnlyList<string> Arguments { get; } = IsDotnetHost()
        ? [System.IO.Path.Combine(AppContext.BaseDirectory, "mcp-postmortem.dll")]
        : [];

    private static bool IsDotnetHost() =>
        string.Equals(System.IO.Path.GetFileNameWithoutExtension(Path), "dotnet", StringComparison.OrdinalIgnoreCase);
}
