using System.Text.Json.Serialization;

namespace McpPostmortem.Model;

/// <summary>What an action item does for the system.</summary>
public enum ActionItemClass
{
    [JsonStringEnumMemberName("investigate")] Investigate,
    [JsonStringEnumMemberName("mitigate")] Mitigate,
    [JsonStringEnumMemberName("repair")] Repair,
    [JsonStringEnumMemberName("detect")] Detect,
    [JsonStringEnumMemberName("prevent")] Prevent,
}
