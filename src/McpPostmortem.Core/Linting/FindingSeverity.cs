using System.Text.Json.Serialization;

namespace McpPostmortem.Linting;

/// <summary>How much a finding matters. Blame language is an error; advisories are warnings.</summary>
public enum FindingSeverity
{
    /// <summary>A hint; nothing is wrong.</summary>
    [JsonStringEnumMemberName("info")] Info,

    /// <summary>Worth a look, such as a single "root cause" framing or a vague action item.</summary>
    [JsonStringEnumMemberName("warning")] Warning,

    /// <summary>Blame language, or a fault that blocks approval.</summary>
    [JsonStringEnumMemberName("error")] Error,
}
