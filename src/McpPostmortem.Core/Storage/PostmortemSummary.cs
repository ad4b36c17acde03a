using McpPostmortem.Model;

namespace McpPostmortem.Storage;

/// <summary>One line of a postmortem listing.</summary>
public sealed record PostmortemSummary(
    string Id,
    string Title,
    DateOnly IncidentDate,
    Severity Severity,
    ReviewStatus Status,
    DateTimeOffset UpdatedAt)
{
    public static PostmortemSummary Of(Postmortem postmortem) => new(
        postmortem.Id,
        postmortem.Title,
        postmortem.IncidentDate,
        postmortem.Severity,
        postmortem.Status,
        postmortem.UpdatedAt);
}
