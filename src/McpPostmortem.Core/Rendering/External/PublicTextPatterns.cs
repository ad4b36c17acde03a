using System.Text.RegularExpressions;

namespace McpPostmortem.Rendering.External;

/// <summary>
/// The shapes of internal details in free text. Each pattern finds candidates; <see cref="PublicText"/>
/// filters the ambiguous ones (a dotted word must look like a name, not "e.g." or "2.14.0").
/// Patterns are linear (no nested quantifiers) and run with a timeout.
/// </summary>
internal static partial class PublicTextPatterns
{
    private const int TimeoutMs = 1000;

    // A figure with group or decimal marks inside it, never at its end ("9.800,50", "1.2").
    private const string Amount = @"\d(?:[\d.,]*\d)?";

    private const string Scale = @"(?:k|K|m|M|bn|Bn|BN|mn|million|billion|thousand)";

    /// <summary>"[label](target)" and "![alt](target)": the label stays, the target goes.</summary>
    [GeneratedRegex(@"!?\[(?<label>[^\]\n]*)\]\((?<url>[^)\s]*)\)", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex MarkdownLink();

    [GeneratedRegex(@"\b[A-Za-z][A-Za-z0-9+.-]*://[^\s<>()\[\]`]+|\bwww\.[^\s<>()\[\]`]+",
        RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Url();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Email();

    /// <summary>"@ana", "@oncall-payments", and chat channels "#eng-all".</summary>
    [GeneratedRegex(@"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.-]*|(?<![\w#&/])#[A-Za-z][A-Za-z0-9_-]*",
        RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Handle();

    [GeneratedRegex(@"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?::\d{1,5})?(?![\w.])",
        RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex IPv4();

    [GeneratedRegex(@"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])", RegexOptions.CultureInvariant,
        TimeoutMs)]
    public static partial Regex IPv6();

    /// <summary>Dotted names: "pay-gw-02.prod.internal:8443", "payments.v2", "api.example.com".</summary>
    [GeneratedRegex(@"(?<![\w.@/-])[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_][A-Za-z0-9_-]*)+(?::\d{2,5})?(?![\w-])",
        RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex DottedName();

    /// <summary>"/etc/nginx/nginx.conf", "~/deploy.sh", "./run", "C:\ops\x.ps1".</summary>
    [GeneratedRegex(@"(?<![\w.:/~\\])(?:~|\.{1,2})?/[\w.-]+(?:/[\w.-]+)*/?|\b[A-Za-z]:\\[^\s`]+",
        RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex FilePath();

    [GeneratedRegex(@"\bports?\s+\d{2,5}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeoutMs)]
    public static partial Regex Port();

    /// <summary>"NET-120", "INC-2024-0611", "PR #4411" (the number).</summary>
    [GeneratedRegex(@"\b[A-Z][A-Z0-9]{1,9}(?:-\d+)*-\d{2,}\b|(?<![\w#&])#\d{2,}\b", RegexOptions.CultureInvariant,
        TimeoutMs)]
    public static partial Regex Ticket();

    /// <summary>
    /// Code spans, snake_case names, lowercase hyphenated names with a digit ("db-01"), UUIDs, and
    /// hexadecimal hashes of 7 to 40 digits with letters and figures among them ("3f2a9c1d").
    /// </summary>
    [GeneratedRegex(@"`[^`\n]+`|\b[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\b|\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b" +
        @"|\b[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}\b" +
        @"|\b(?=[0-9a-f]{7,40}\b)(?=[0-9a-f]*[a-f])[0-9a-f]*\d[0-9a-f]*\b",
        RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Identifier();

    /// <summary>
    /// "$42,000", "€40k", "€9.800,50", "US$ 1.2 million", "USD 3m", "40,000 euros", "1.2M dollars": an
    /// amount takes both group and decimal marks, written either way round.
    /// </summary>
    [GeneratedRegex(
        @"(?:(?:US|A|C|NZ|HK)?\$|[€£¥₹])\s?" + Amount + @"(?:\s?" + Scale + @"\b)?" +
        @"|\b(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|SEK|NOK|DKK|INR|CNY|BRL|MXN)\s?" + Amount +
        @"(?:\s?" + Scale + @"\b)?" +
        @"|\b" + Amount + @"\s?" + Scale + @"?\s?" +
        @"(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|SEK|NOK|DKK|INR|CNY|BRL|MXN|dollars|euros|pounds|yen)\b",
        RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Money();

    /// <summary>Words for the warnings: capitalised words and lowercase hyphenated terms.</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’-]*\b|\b[a-z]+(?:-[a-z]+)+\b", RegexOptions.CultureInvariant, TimeoutMs)]
    public static partial Regex Word();
}
