using System.Globalization;
using System.Text;

namespace McpPostmortem.Linting;

/// <summary>
/// The linter scored on a labelled corpus as its README describes: a row counts as flagged when it
/// gets at least one error-severity finding; blameful is the positive class.
/// </summary>
public sealed record CorpusScore
{
    public required int TruePositives { get; init; }

    public required int FalsePositives { get; init; }

    public required int FalseNegatives { get; init; }

    public required int TrueNegatives { get; init; }

    public required IReadOnlyList<CategoryScore> Categories { get; init; }

    /// <summary>The rows scored wrongly, for a person to read.</summary>
    public required IReadOnlyList<CorpusRow> Misses { get; init; }

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Reads a corpus file: tab-separated id, label, category, sentence, one header line.</summary>
    public static IReadOnlyList<CorpusRow> ReadRows(string tsv)
    {
        var rows = new List<CorpusRow>();
        foreach (var line in tsv.Split('\n').Skip(1))
        {
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length >= 4)
            {
                rows.Add(new CorpusRow(fields[0], fields[1] == "blameful", fields[2], fields[3]));
            }
        }

        return rows;
    }

    /// <summary>Scores a linter on corpus rows.</summary>
    public static CorpusScore Measure(BlameLinter linter, IReadOnlyList<CorpusRow> rows)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        var misses = new List<CorpusRow>();
        var perCategory = new Dictionary<string, (bool Blameful, int Rows, int Flagged)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var flagged = linter.LintText(row.Sentence).Any(f => f.Severity == FindingSeverity.Error);
            var (_, count, hits) = perCategory.GetValueOrDefault(row.Category);
            perCategory[row.Category] = (row.IsBlameful, count + 1, hits + (flagged ? 1 : 0));
            switch (row.IsBlameful, flagged)
            {
                case (true, true): tp++; break;
                case (true, false): fn++; misses.Add(row); break;
                case (false, true): fp++; misses.Add(row); break;
                default: tn++; break;
            }
        }

        return new CorpusScore
        {
            TruePositives = tp,
            FalsePositives = fp,
            FalseNegatives = fn,
            TrueNegatives = tn,
            Categories = perCategory
                .Select(p => new CategoryScore(p.Key, p.Value.Blameful, p.Value.Rows, p.Value.Flagged))
                .OrderByDescending(c => c.IsBlameful).ThenBy(c => c.Category, StringComparer.Ordinal)
                .ToList(),
            Misses = misses,
        };
    }

    /// <summary>The whole table as text: totals, then recall per blame category and FP rate per blameless one.</summary>
    public string ToTable()
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(culture, $"rows {TruePositives + FalsePositives + FalseNegatives + TrueNegatives}  " +
            $"TP {TruePositives}  FP {FalsePositives}  FN {FalseNegatives}  TN {TrueNegatives}");
        text.AppendLine(culture, $"precision {Precision:0.000}  recall {Recall:0.000}  F1 {F1:0.000}");
        text.AppendLine();
        text.AppendLine("| label | category | rows | flagged | rate |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var c in Categories)
        {
            var measure = c.IsBlameful ? "recall" : "FP rate";
            text.AppendLine(culture,
                $"| {(c.IsBlameful ? "blameful" : "blameless")} | {c.Category} | {c.Rows} | {c.Flagged} | " +
                $"{measure} {c.Rate:0.000} |");
        }

        return text.ToString();
    }

    private static double Ratio(int numerator, int denominator) =>
        denominator == 0 ? 0 : (double)numerator / denominator;
}
