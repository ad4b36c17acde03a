using System.Text.Json.Serialization;

namespace McpPostmortem.Model;

/// <summary>Progress of an action item; a candidate is a proposal not yet agreed.</summary>
public enum ActionItemStatus
{
    [JsonStringEnumMemberName("open")] Open,
    [JsonStringEnumMemberName("candidate")] Candidate,
    [JsonStringEnumMemberName("in_progress")] InProgress,
    [JsonStringEnumMemberName("done")] Done,
    [JsonStringEnumMemberName("not_doing")] NotDoing,
}
