using System.ComponentModel;

namespace McpPostmortem.Model;

/// <summary>A monitoring graph or dashboard snapshot kept in the appendix.</summary>
/// <remarks>
/// A positional record so that an omitted URL reads as "" under source-generated JSON, which loses
/// property initializers (dotnet/runtime#84484); see <see cref="Timeline.NewTimelineEvent"/>.
/// </remarks>
public sealed record Graph(
    [property: Description("What the graph shows, such as 'Checkout 5xx rate'.")] string Title,
    [property: Description("Absolute http(s) link to the graph or dashboard; empty when there is none.")]
    string Url = "");
