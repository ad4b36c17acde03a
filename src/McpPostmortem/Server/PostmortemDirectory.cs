namespace McpPostmortem.Server;

/// <summary>Where postmortems are kept: --dir, else POSTMORTEM_DIR, else ./postmortems.</summary>
public static class PostmortemDirectory
{
    public const string EnvironmentVariable = "POSTMORTEM_DIR";

    public const string Default = "postmortems";

    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return Path.GetFullPath(string.IsNullOrWhiteSpace(fromEnvironment) ? Default : fromEnvironment);
    }
}
