using System.Text.Json.Serialization;

namespace McpPostmortem.Model;

/// <summary>How bad an incident was, from SEV1 (critical) to SEV5 (informational).</summary>
public enum Severity
{
    /// <summary>Critical: broad customer impact, SLA broken, data exposed or lost.</summary>
    [JsonStringEnumMemberName("SEV1")] Sev1 = 1,

    /// <summary>Major: many customers cannot use a core function.</summary>
    [JsonStringEnumMemberName("SEV2")] Sev2 = 2,

    /// <summary>Minor customer impact, or a stability risk that needs prompt attention.</summary>
    [JsonStringEnumMemberName("SEV3")] Sev3 = 3,

    /// <summary>No customer-visible impact, but action is needed.</summary>
    [JsonStringEnumMemberName("SEV4")] Sev4 = 4,

    /// <summary>Cosmetic or informational; tracked as a ticket.</summary>
    [JsonStringEnumMemberName("SEV5")] Sev5 = 5,
}
