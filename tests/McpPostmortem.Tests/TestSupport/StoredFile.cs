using System.Text.Json;
using McpPostmortem.Model;
using McpPostmortem.Serialization;

namespace McpPostmortem.Server.Tests.TestSupport;

/// <summary>Reads a postmortem file the way the store does, straight from disk.</summary>
public static class StoredFile
{
    public static Postmortem Read(string directory, string id) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(directory, id + ".json")),
            PostmortemJsonContext.Default.Postmortem)
        ?? throw new InvalidDataException($"{id}.json holds null.");
}
