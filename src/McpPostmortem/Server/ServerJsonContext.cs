using System.Text.Json.Serialization;
using McpPostmortem.ActionItems;
using McpPostmortem.Editing;
using McpPostmortem.Model;
using McpPostmortem.Server.Results;
using McpPostmortem.Timeline;

namespace McpPostmortem.Server;

/// <summary>
/// Source-generated JSON for every tool parameter and result type. A type missing here fails only at
/// run time under Native AOT, so each new tool adds its types in the same change.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ChangeResult))]
[JsonSerializable(typeof(PostmortemView))]
[JsonSerializable(typeof(PostmortemList))]
[JsonSerializable(typeof(RenderResult))]
[JsonSerializable(typeof(TemplateList))]
[JsonSerializable(typeof(ImportResult))]
[JsonSerializable(typeof(McpPostmortem.Import.ImportNotice))]
[JsonSerializable(typeof(McpPostmortem.Rendering.TemplateInfo))]
[JsonSerializable(typeof(McpPostmortem.Rendering.OutputFormat))]
[JsonSerializable(typeof(LintReport))]
[JsonSerializable(typeof(McpPostmortem.Review.ReadinessReport))]
[JsonSerializable(typeof(ReviewStatus))]
[JsonSerializable(typeof(ExportResult))]
[JsonSerializable(typeof(McpPostmortem.Export.ExportFormat))]
[JsonSerializable(typeof(RelatedPostmortemsResult))]
[JsonSerializable(typeof(McpPostmortem.Analysis.PostmortemStatistics))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(Postmortem))]
[JsonSerializable(typeof(IReadOnlyList<Author>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<Graph>))]
[JsonSerializable(typeof(IReadOnlyList<NewTimelineEvent>))]
[JsonSerializable(typeof(NewActionItem))]
[JsonSerializable(typeof(IReadOnlyList<DebriefAnswer>))]
[JsonSerializable(typeof(Severity))]
[JsonSerializable(typeof(EventKind))]
[JsonSerializable(typeof(EventSource))]
[JsonSerializable(typeof(Priority))]
[JsonSerializable(typeof(ActionItemClass))]
[JsonSerializable(typeof(ActionItemStatus))]
[JsonSerializable(typeof(ListSection))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
[JsonSerializable(typeof(IDictionary<string, System.Text.Json.JsonElement>))]
public sealed partial class ServerJsonContext : JsonSerializerContext;
