using System.Text.Json.Serialization;

namespace McpPostmortem.Model;

/// <summary>Where a timeline event was taken from.</summary>
public enum EventSource
{
    [JsonStringEnumMemberName("other")] Other,
    [JsonStringEnumMemberName("chat")] Chat,
    [JsonStringEnumMemberName("pager")] Pager,
    [JsonStringEnumMemberName("deploy")] Deploy,
    [JsonStringEnumMemberName("dashboard")] Dashboard,
}
