namespace McpPostmortem.Model;

/// <summary>
/// The measured effect of the incident, in the author's words. Numbers stay text on purpose:
/// "about 50,000" and "unknown, at least 3 regions" are honest values.
/// </summary>
public sealed record Impact
{
    /// <summary>How long users were affected, as the author states it ("25 minutes").</summary>
    public string Duration { get; init => field = value ?? ""; } = "";

    public string UsersAffected { get; init => field = value ?? ""; } = "";

    public string RequestsFailed { get; init => field = value ?? ""; } = "";

    public string RevenueImpact { get; init => field = value ?? ""; } = "";

    /// <summary>Any other measured effect, as free text.</summary>
    public string Other { get; init => field = value ?? ""; } = "";

    public bool IsEmpty =>
        Duration.Length + UsersAffected.Length + RequestsFailed.Length
        + RevenueImpact.Length + Other.Length == 0;
}
