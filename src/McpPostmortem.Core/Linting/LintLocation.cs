namespace McpPostmortem.Linting;

/// <summary>
/// Where a finding is. For a stored postmortem: the section, the item id (timeline event, factor or
/// action item) and the character span inside that field. For free text: line and column, from 1.
/// </summary>
public sealed record LintLocation
{
    /// <summary>The section, such as "summary", "timeline", "action_items"; "text" for free text.</summary>
    public string Section { get; init; } = "text";

    /// <summary>The item inside the section ("ev-3"), or empty for a single-text section.</summary>
    public string ItemId { get; init; } = "";

    /// <summary>The field inside the item ("description", "points[1]"), or empty.</summary>
    public string Field { get; init; } = "";

    /// <summary>Offset of the first character in the field's text, from 0.</summary>
    public int Start { get; init; }

    public int Length { get; init; }

    /// <summary>Line in the linted text, from 1.</summary>
    public int Line { get; init; } = 1;

    /// <summary>Column in the line, from 1.</summary>
    public int Column { get; init; } = 1;

    /// <summary>Line of the span's end, from 1: later than Line when the span wraps.</summary>
    public int EndLine { get; init; } = 1;

    /// <summary>Column just past the span's last character, on EndLine, from 1.</summary>
    public int EndColumn { get; init; } = 1;
}
