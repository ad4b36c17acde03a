namespace McpPostmortem.Timeline;

/// <summary>
/// The abbreviations accepted after a time, and the ones refused because several zones use them.
/// An abbreviation is accepted when the IANA time-zone database uses it for one offset only and it
/// is not in common use for another zone; everything else must be written as an IANA zone or an
/// offset. CST is refused on purpose: US Central (-06:00) and China Standard Time (+08:00) are 14
/// hours apart and both appear in incident chat, so guessing would put events half a day off.
/// </summary>
public static class ZoneAbbreviations
{
    private static readonly ZoneAbbreviation[] Table =
    [
        new("UTC", TimeSpan.Zero, "Coordinated Universal Time"),
        new("GMT", TimeSpan.Zero, "Greenwich Mean Time (always +00:00)"),
        new("Z", TimeSpan.Zero, "UTC (Zulu)"),
        new("WET", TimeSpan.Zero, "Western European Time"),
        new("WEST", TimeSpan.FromHours(1), "Western European Summer Time"),
        new("CET", TimeSpan.FromHours(1), "Central European Time"),
        new("CEST", TimeSpan.FromHours(2), "Central European Summer Time"),
        new("EET", TimeSpan.FromHours(2), "Eastern European Time"),
        new("EEST", TimeSpan.FromHours(3), "Eastern European Summer Time"),
        new("MSK", TimeSpan.FromHours(3), "Moscow Time"),
        new("JST", TimeSpan.FromHours(9), "Japan Standard Time"),
        new("KST", TimeSpan.FromHours(9), "Korea Standard Time"),
        new("AWST", TimeSpan.FromHours(8), "Australian Western Standard Time"),
        new("ACST", new TimeSpan(9, 30, 0), "Australian Central Standard Time"),
        new("AEST", TimeSpan.FromHours(10), "Australian Eastern Standard Time"),
        new("AEDT", TimeSpan.FromHours(11), "Australian Eastern Daylight Time"),
        new("NZST", TimeSpan.FromHours(12), "New Zealand Standard Time"),
        new("NZDT", TimeSpan.FromHours(13), "New Zealand Daylight Time"),
        new("EST", TimeSpan.FromHours(-5), "US Eastern Standard Time"),
        new("EDT", TimeSpan.FromHours(-4), "US Eastern Daylight Time"),
        new("MST", TimeSpan.FromHours(-7), "US Mountain Standard Time"),
        new("MDT", TimeSpan.FromHours(-6), "US Mountain Daylight Time"),
        new("PST", TimeSpan.FromHours(-8), "US Pacific Standard Time"),
        new("PDT", TimeSpan.FromHours(-7), "US Pacific Daylight Time"),
        new("AKST", TimeSpan.FromHours(-9), "Alaska Standard Time"),
        new("AKDT", TimeSpan.FromHours(-8), "Alaska Daylight Time"),
        new("HST", TimeSpan.FromHours(-10), "Hawaii Standard Time"),
        new("IST", null, "",
            "India Standard Time (+05:30, Asia/Kolkata), Israel Standard Time (+02:00, Asia/Jerusalem) " +
            "and Irish Standard Time (+01:00, Europe/Dublin)"),
        new("CST", null, "",
            "US Central Standard Time (-06:00, America/Chicago), China Standard Time (+08:00, " +
            "Asia/Shanghai) and Cuba Standard Time (-05:00, America/Havana)"),
        new("CDT", null, "",
            "US Central Daylight Time (-05:00, America/Chicago) and Cuba Daylight Time (-04:00, " +
            "America/Havana)"),
        new("BST", null, "",
            "British Summer Time (+01:00, Europe/London) and Bangladesh Standard Time (+06:00, Asia/Dhaka)"),
        new("AST", null, "",
            "Atlantic Standard Time (-04:00, America/Halifax) and Arabia Standard Time (+03:00, Asia/Riyadh)"),
        new("SST", null, "",
            "Samoa Standard Time (-11:00, Pacific/Pago_Pago) and Singapore Standard Time (+08:00, " +
            "Asia/Singapore)"),
        new("ECT", null, "",
            "Ecuador Time (-05:00, America/Guayaquil) and Eastern Caribbean Time (-04:00, America/Port_of_Spain)"),
    ];

    private static readonly Dictionary<string, ZoneAbbreviation> ByName =
        Table.ToDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every abbreviation the parser knows, accepted or refused.</summary>
    public static IReadOnlyList<ZoneAbbreviation> All => Table;

    /// <summary>The abbreviation with that name (any case), or null when it is not in the table.</summary>
    public static ZoneAbbreviation? Find(string name) =>
        ByName.TryGetValue(name.Trim(), out var abbreviation) ? abbreviation : null;
}
