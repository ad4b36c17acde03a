namespace McpPostmortem.Server.Tests.TestSupport;

/// <summary>A fresh postmortems folder under the system temp folder, deleted when the test ends.</summary>
public sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mcp-postmortem-reliability", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The path of a file in the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A killed server may still be closing a file; the system cleans its temp folder.
        }
    }
}
