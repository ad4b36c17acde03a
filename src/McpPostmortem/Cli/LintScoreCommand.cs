using System.CommandLine;
using McpPostmortem.Linting;

namespace McpPostmortem.Server.Cli;

/// <summary>
/// The "lint-score" verb: scores the blame linter on a labelled corpus (id, label, category, sentence)
/// and prints precision, recall, F1, recall per blame category and false-positive rate per blameless one.
/// </summary>
public static class LintScoreCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("corpus") { Description = "Tab-separated corpus file, such as blame-dev.tsv." };
        var misses = new Option<bool>("--misses") { Description = "Also list every row scored wrongly." };
        var score = new Command("lint-score", "Score the blame linter on a labelled corpus.") { corpus, misses };
        score.SetAction(result => Run(result.GetValue(corpus) ?? "", result.GetValue(misses),
            result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return score;
    }

    /// <summary>Runs the verb; returns 0, or 2 when the corpus cannot be read.</summary>
    public static int Run(string corpusPath, bool listMisses, TextWriter output, TextWriter error)
    {
        string text;
        try
        {
            text = File.ReadAllText(corpusPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            error.WriteLine(ex.Message);
            return LintCommand.UsageError;
        }

        var score = CorpusScore.Measure(new BlameLinter(), CorpusScore.ReadRows(text));
        output.Write(score.ToTable());
        if (listMisses)
        {
            output.WriteLine();
            foreach (var row in score.Misses)
            {
                output.WriteLine($"{(row.IsBlameful ? "missed" : "false alarm")} {row.Id} {row.Category}: {row.Sentence}");
            }
        }

        return 0;
    }
}
