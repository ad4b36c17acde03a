using System.ComponentModel;

namespace McpPostmortem.Model;

/// <summary>A person who wrote the postmortem, with the role they had in the incident.</summary>
/// <remarks>
/// A positional record so that an omitted role reads as "" under source-generated JSON, which loses
/// property initializers (dotnet/runtime#84484); see <see cref="Timeline.NewTimelineEvent"/>.
/// </remarks>
public sealed record Author(
    [property: Description("The author's name or handle.")] string Name,
    [property: Description("Their role in the incident, such as 'incident commander', 'SRE' or 'service " +
        "owner'; empty when not given.")]
    string Role = "");
