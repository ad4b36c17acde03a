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

    /// <summary>
    /// Why <paramref name="directory"/> cannot hold postmortems, or null when it can (an existing
    /// folder, or a path whose nearest existing parent is a folder: it is created on the first write).
    /// </summary>
    public static string? Problem(string directory)
    {
        const string Fix = "Point --dir (or POSTMORTEM_DIR) at a folder; it is created on the first write.";
        if (File.Exists(directory))
        {
            return $"The postmortems folder '{directory}' is a file, not a folder. {Fix}";
        }

        for (var parent = Path.GetDirectoryName(directory); parent is not null; parent = Path.GetDirectoryName(parent))
        {
            if (File.Exists(parent))
            {
                return $"The postmortems folder '{directory}' cannot be created: '{parent}' is a file. {Fix}";
            }

            if (Directory.Exists(parent))
            {
                break;
            }
        }

        return null;
    }
}
