namespace McpPostmortem.Model;

/// <summary>
/// A whole postmortem, in the parts and order of the reference layout. Immutable: every change
/// makes a new value, so a failed edit can never leave a half-changed document behind.
/// </summary>
public sealed record Postmortem
{
    /// <summary>The version of the stored file format; raised when a stored field changes meaning.</summary>
    public const int CurrentSchemaVersion = 1;

    private static readonly IReadOnlyDictionary<string, int> NoItemIds = new Dictionary<string, int>();

    private readonly IReadOnlyDictionary<string, int> _lastItemIds = NoItemIds;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>A readable slug of the date and title, such as "2025-07-09-edge-502s".</summary>
    public required string Id { get; init; }

    /// <summary>Counts saved changes; a write based on an older revision is refused.</summary>
    public long Revision { get; init; }

    /// <summary>The short incident name; rendered as "Postmortem: {Title}".</summary>
    public required string Title { get; init; }

    public required DateOnly IncidentDate { get; init; }

    /// <summary>The IANA zone times are shown in, such as "Europe/Berlin".</summary>
    public string TimeZone { get; init; } = "UTC";

    public IReadOnlyList<Author> Authors { get; init; } = [];

    public ReviewStatus Status { get; init; } = ReviewStatus.Draft;

    public Severity Severity { get; init; } = Severity.Sev3;

    public string Summary { get; init; } = "";

    public Impact Impact { get; init; } = new();

    /// <summary>Oldest first; kept sorted by every change.</summary>
    public IReadOnlyList<TimelineEvent> Timeline { get; init; } = [];

    public RootCause RootCause { get; init; } = new();

    public IReadOnlyList<ContributingFactor> ContributingFactors { get; init; } = [];

    public IReadOnlyList<string> WentWell { get; init; } = [];

    public IReadOnlyList<string> WentWrong { get; init; } = [];

    public IReadOnlyList<ActionItem> ActionItems { get; init; } = [];

    public IReadOnlyList<string> LessonsLearned { get; init; } = [];

    public IReadOnlyList<RelatedIncident> RelatedIncidents { get; init; } = [];

    public IReadOnlyList<string> Prevention { get; init; } = [];

    public Appendix Appendix { get; init; } = new();

    /// <summary>Responders' debrief answers, oldest first; rendered in the appendix as evidence.</summary>
    public IReadOnlyList<DebriefNote> Debriefs { get; init; } = [];

    public Review Review { get; init; } = new();

    /// <summary>
    /// The highest number each item list has given ("ai" to 4 after ai-4), so removed ids are never
    /// reused. Missing in files saved before it existed; those start from their highest id.
    /// </summary>
    public IReadOnlyDictionary<string, int> LastItemIds
    {
        get => _lastItemIds;

        // The source-generated reader sets a property missing from an older file to null.
        init => _lastItemIds = value ?? NoItemIds;
    }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
