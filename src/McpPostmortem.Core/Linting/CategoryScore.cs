namespace McpPostmortem.Linting;

/// <summary>How the linter did on one corpus category: rows, rows flagged, and the rate.</summary>
public sealed record CategoryScore(string Category, bool IsBlameful, int Rows, int Flagged)
{
    /// <summary>Recall for a blame category, false-positive rate for a blameless one.</summary>
    public double Rate => Rows == 0 ? 0 : (double)Flagged / Rows;
}
