using System.Text.Json.Serialization;

namespace McpPostmortem.Model;

/// <summary>How soon an action item must be done, from P0 (now) to P3 (nice to have).</summary>
public enum Priority
{
    /// <summary>Do now; blocks closing the incident.</summary>
    [JsonStringEnumMemberName("P0")] P0,

    /// <summary>This sprint, within two weeks.</summary>
    [JsonStringEnumMemberName("P1")] P1,

    /// <summary>Within the quarter.</summary>
    [JsonStringEnumMemberName("P2")] P2,

    /// <summary>Nice to have.</summary>
    [JsonStringEnumMemberName("P3")] P3,
}
