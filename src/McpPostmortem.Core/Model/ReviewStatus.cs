using System.Text.Json.Serialization;

namespace McpPostmortem.Model;

/// <summary>Where a postmortem stands in its review: draft, in review, approved, published.</summary>
public enum ReviewStatus
{
    /// <summary>Being written.</summary>
    [JsonStringEnumMemberName("draft")] Draft,

    /// <summary>Shared with reviewers; text may still change.</summary>
    [JsonStringEnumMemberName("in_review")] InReview,

    /// <summary>Reviewers agreed; ready to publish.</summary>
    [JsonStringEnumMemberName("approved")] Approved,

    /// <summary>Shared widely; the record of the incident.</summary>
    [JsonStringEnumMemberName("published")] Published,

    /// <summary>The team decided this incident needs no review.</summary>
    [JsonStringEnumMemberName("not_required")] NotRequired,
}
