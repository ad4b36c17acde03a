using System.Text.Json.Serialization;

namespace McpPostmortem.Model;

/// <summary>
/// A whole postmortem, in the parts and order of the reference layout. Immutable: every change
/// makes a new value, so a failed edit can never leave a half-changed document behind.
/// </summary>
/// <remarks>
/// Each optional member here and in the other model records takes <c>value ?? default</c> in its
/// init accessor: the source-generated JSON reader passes null for a member missing from the file
/// (dotnet/runtime#84484), and a file written by hand or by an older version must still read whole.
/// </remarks>
public sealed record Postmortem
{
    /// <summary>The version of the stored file format; raised when a stored field changes meaning.</summary>
    public const int CurrentSchemaVersion = 1;

    private static readonly IReadOnlyDictionary<string, int> NoItemIds = new Dictionary<string, int>();

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>A readable slug of the date and title, such as "2025-07-09-edge-502s".</summary>
    public required string Id { get; init; }

    /// <summary>Counts saved changes; a write based on an older revision is refused.</summary>
    public long Revision { get; init; }

    /// <summary>The short incident name; rendered as "Postmortem: {Title}".</summary>
    public required string Title { get; init; }

    public required DateOnly IncidentDate { get; init; }

    /// <summary>The IANA zone times are shown in, such as "Europe/Berlin".</summary>
    public string TimeZone { get; init => field = value ?? "UTC"; } = "UTC";

    public IReadOnlyList<Author> Authors { get; init => field = value ?? []; } = [];

    public ReviewStatus Status { get; init; } = ReviewStatus.Draft;

    // Its zero is a real value, so a file that leaves it out is refused rather than read as that.
    [JsonRequired]
    public Severity Severity { get; init; } = Severity.Sev3;

    public string Summary { get; init => field = value ?? ""; } = "";

    public Impact Impact { get; init => field = value ?? new(); } = new();

    /// <summary>Oldest first; kept sorted by every change.</summary>
    public IReadOnlyList<TimelineEvent> Timeline { get; init => field = value ?? []; } = [];

    public RootCause RootCause { get; init => field = value ?? new(); } = new();

    public IReadOnlyList<ContributingFactor> ContributingFactors { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> WentWell { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> WentWrong { get; init => field = value ?? []; } = [];

    public IReadOnlyList<ActionItem> ActionItems { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> LessonsLearned { get; init => field = value ?? []; } = [];

    public IReadOnlyList<RelatedIncident> RelatedIncidents { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Prevention { get; init => field = value ?? []; } = [];

    public Appendix Appendix { get; init => field = value ?? new(); } = new();

    /// <summary>Responders' debrief answers, oldest first; rendered in the appendix as evidence.</summary>
    public IReadOnlyList<DebriefNote> Debriefs { get; init => field = value ?? []; } = [];

    public Review Review { get; init => field = value ?? new(); } = new();

    /// <summary>
    /// The highest number each item list has given ("ai" to 4 after ai-4), so removed ids are never
    /// reused. Missing in files saved before it existed; those start from their highest id.
    /// </summary>
    public IReadOnlyDictionary<string, int> LastItemIds { get; init => field = value ?? NoItemIds; } = NoItemIds;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
