using System.Text.Json.Serialization;

namespace McpPostmortem.Model;

/// <summary>What a timeline event marks: one of the five milestones, or an ordinary step.</summary>
public enum EventKind
{
    /// <summary>Impact began; often before anyone noticed. A milestone.</summary>
    [JsonStringEnumMemberName("started")] Started,

    /// <summary>The problem was first noticed by a person or an alert. A milestone.</summary>
    [JsonStringEnumMemberName("detected")] Detected,

    /// <summary>A responder took ownership. A milestone.</summary>
    [JsonStringEnumMemberName("acknowledged")] Acknowledged,

    /// <summary>Impact stopped. A milestone.</summary>
    [JsonStringEnumMemberName("mitigated")] Mitigated,

    /// <summary>The incident was closed. A milestone.</summary>
    [JsonStringEnumMemberName("resolved")] Resolved,

    /// <summary>A change reached production.</summary>
    [JsonStringEnumMemberName("deploy")] Deploy,

    /// <summary>Something a responder did.</summary>
    [JsonStringEnumMemberName("action")] Action,

    /// <summary>A message to users, customers or stakeholders.</summary>
    [JsonStringEnumMemberName("communication")] Communication,

    /// <summary>Anything else worth recording: a finding, an observation.</summary>
    [JsonStringEnumMemberName("note")] Note,
}
