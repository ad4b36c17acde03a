using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using McpPostmortem.Model;
using McpPostmortem.Serialization;

namespace McpPostmortem.Rendering;

/// <summary>
/// What the reference layout does not show but the model holds: item ids, event sources and
/// original times, factor categories, action-item classes, debrief ids and the review record. The
/// default template writes it as one HTML comment at the end of the document, invisible when the
/// Markdown is viewed, and import reads it back, so render, import, render loses nothing.
/// </summary>
public sealed record DocumentData
{
    /// <summary>The word after "&lt;!--" that marks the comment as this data.</summary>
    public const string Marker = "mcp-postmortem-data";

    /// <summary>The format of the comment; raised when a field changes meaning.</summary>
    public int Version { get; init; } = 1;

    public IReadOnlyList<DocumentDataItem> Timeline { get; init; } = [];

    public IReadOnlyList<DocumentDataItem> ContributingFactors { get; init; } = [];

    public IReadOnlyList<DocumentDataItem> ActionItems { get; init; } = [];

    public IReadOnlyList<DocumentDataItem> Debriefs { get; init; } = [];

    public Model.Review? Review { get; init; }

    /// <summary>The data of one postmortem.</summary>
    public static DocumentData Of(Postmortem postmortem) => new()
    {
        Timeline = [.. postmortem.Timeline.Select(e => new DocumentDataItem
        {
            Id = e.Id,
            Key = Key(e.Description),
            Time = e.Time,
            Source = e.Source == EventSource.Other ? null : EnumNames.Of(e.Source),
            OriginalTime = e.OriginalTime.Length == 0 ? null : e.OriginalTime,
            OriginalOffset = e.OriginalOffset == "+00:00" ? null : e.OriginalOffset,
            OriginalText = e.OriginalText.Length == 0 ? null : e.OriginalText,
        })],
        ContributingFactors = [.. postmortem.ContributingFactors.Select(f => new DocumentDataItem
        {
            Id = f.Id,
            Key = Key(f.Title),
            Category = f.Category.Length == 0 ? null : f.Category,
        })],
        ActionItems = [.. postmortem.ActionItems.Select(a => new DocumentDataItem
        {
            Id = a.Id,
            Key = Key(a.Action),
            Class = EnumNames.Of(a.Class),
        })],
        Debriefs = [.. postmortem.Debriefs.Select(d => new DocumentDataItem { Id = d.Id, Key = Key(d.Responder) })],
        Review = postmortem.Review == new Model.Review() ? null : postmortem.Review,
    };

    /// <summary>The data as one HTML comment line.</summary>
    public static string Comment(Postmortem postmortem)
    {
        var json = UnpooledJson.SerializeToString(Of(postmortem), DocumentDataJsonContext.Default.DocumentData);
        return $"<!-- {Marker} {json} -->";
    }

    /// <summary>True when an HTML block is this data's comment.</summary>
    public static bool IsComment(string html) =>
        html.TrimStart().StartsWith($"<!-- {Marker} ", StringComparison.Ordinal);

    /// <summary>Reads the comment back; null when it is not this data, or unreadable.</summary>
    public static DocumentData? Parse(string html)
    {
        var text = html.Trim();
        if (!IsComment(text) || !text.EndsWith("-->", StringComparison.Ordinal))
        {
            return null;
        }

        var json = text[$"<!-- {Marker} ".Length..^3].Trim();
        try
        {
            var data = JsonSerializer.Deserialize(json, DocumentDataJsonContext.Default.DocumentData);
            return data is { Version: 1 } ? data : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A short hash of an item's text, blind to whitespace, to find the item again.</summary>
    public static string Key(string text)
    {
        var words = string.Join(' ',
            text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(words)))[..16];
    }
}
