using System.Reflection;

namespace McpPostmortem.Server;

/// <summary>The version of this build, as the package and server.json carry it.</summary>
public static class ServerVersion
{
    public static string Current { get; } =
        typeof(ServerVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
            ?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
