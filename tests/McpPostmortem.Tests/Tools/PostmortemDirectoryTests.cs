namespace McpPostmortem.Server.Tests.Tools;

public class PostmortemDirectoryTests
{
    [Fact]
    public void Resolve_Option_WinsOverEverything()
    {
        Assert.Equal(Path.GetFullPath("custom"), PostmortemDirectory.Resolve("custom"));
    }

    [Fact]
    public void Resolve_NoOptionNoVariable_IsPostmortemsInWorkingDirectory()
    {
        var variable = Environment.GetEnvironmentVariable(PostmortemDirectory.EnvironmentVariable);
        Assert.SkipWhen(!string.IsNullOrEmpty(variable), "POSTMORTEM_DIR is set in this environment.");

        Assert.Equal(Path.GetFullPath("postmortems"), PostmortemDirectory.Resolve(null));
    }
}
