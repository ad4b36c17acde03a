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
        new("WET", TimeSpan.Zero, "Western European Time", "Europe/Lisbon"),
        new("WEST", TimeSpan.FromHours(1), "Western European Summer Time", "Europe/Lisbon"),
        new("CET", TimeSpan.FromHours(1), "Central European Time", "Europe/Berlin"),
        new("CEST", TimeSpan.FromHours(2), "Central European Summer Time", "Europe/Berlin"),
        new("EET", TimeSpan.FromHours(2), "Eastern European Time", "Europe/Athens"),
        new("EEST", TimeSpan.FromHours(3), "Eastern European Summer Time", "Europe/Athens"),
        new("MSK", TimeSpan.FromHours(3), "Moscow Time"),
        new("JST", TimeSpan.FromHours(9), "Japan Standard Time"),
        new("KST", TimeSpan.FromHours(9), "Korea Standard Time"),
        new("AWST", TimeSpan.FromHours(8), "Australian Western Standard Time"),
        new("ACST", new TimeSpan(9, 30, 0), "Australian Central Standard Time", "Australia/Adelaide"),
        new("ACDT", new TimeSpan(10, 30, 0), "Australian Central Daylight Time", "Australia/Adelaide"),
        new("AEST", TimeSpan.FromHours(10), "Australian Eastern Standard Time", "Australia/Sydney"),
        new("AEDT", TimeSpan.FromHours(11), "Australian Eastern Daylight Time", "Australia/Sydney"),
        new("NZST", TimeSpan.FromHours(12), "New Zealand Standard Time", "Pacific/Auckland"),
        new("NZDT", TimeSpan.FromHours(13), "New Zealand Daylight Time", "Pacific/Auckland"),
        new("EST", TimeSpan.FromHours(-5), "US Eastern Standard Time", "America/New_York"),
        new("EDT", TimeSpan.FromHours(-4), "US Eastern Daylight Time", "America/New_York"),
        new("MST", TimeSpan.FromHours(-7), "US Mountain Standard Time", "America/Denver"),
        new("MDT", TimeSpan.FromHours(-6), "US Mountain Daylight Time", "America/Denver"),
        new("PST", TimeSpan.FromHours(-8), "US Pacific Standard Time", "America/Los_Angeles"),
        new("PDT", TimeSpan.FromHours(-7), "US Pacific Daylight Time", "America/Los_Angeles"),
        new("AKST", TimeSpan.FromHours(-9), "Alaska Standard Time", "America/Anchorage"),
        new("AKDT", TimeSpan.FromHours(-8), "Alaska Daylight Time", "America/Anchorage"),
        new("HST", TimeSpan.FromHours(-10), "Hawaii Standard Time"),
        Ambiguous("IST",
            new("India Standard Time", new TimeSpan(5, 30, 0), "Asia/Kolkata"),
            new("Israel Standard Time", TimeSpan.FromHours(2), "Asia/Jerusalem"),
            new("Irish Standard Time", TimeSpan.FromHours(1), "Europe/Dublin")),
        Ambiguous("CST",
            new("US Central Standard Time", TimeSpan.FromHours(-6), "America/Chicago"),
            new("China Standard Time", TimeSpan.FromHours(8), "Asia/Shanghai"),
            new("Cuba Standard Time", TimeSpan.FromHours(-5), "America/Havana")),
        Ambiguous("CDT",
            new("US Central Daylight Time", TimeSpan.FromHours(-5), "America/Chicago"),
            new("Cuba Daylight Time", TimeSpan.FromHours(-4), "America/Havana")),
        Ambiguous("BST",
            new("British Summer Time", TimeSpan.FromHours(1), "Europe/London"),
            new("Bangladesh Standard Time", TimeSpan.FromHours(6), "Asia/Dhaka")),
        Ambiguous("AST",
            new("Atlantic Standard Time", TimeSpan.FromHours(-4), "America/Halifax"),
            new("Arabia Standard Time", TimeSpan.FromHours(3), "Asia/Riyadh")),
        Ambiguous("SST",
            new("Samoa Standard Time", TimeSpan.FromHours(-11), "Pacific/Pago_Pago"),
            new("Singapore Standard Time", TimeSpan.FromHours(8), "Asia/Singapore")),
        Ambiguous("ECT",
            new("Ecuador Time", TimeSpan.FromHours(-5), "America/Guayaquil"),
            new("Eastern Caribbean Time", TimeSpan.FromHours(-4), "America/Port_of_Spain")),
    ];

    private static readonly Dictionary<string, ZoneAbbreviation> ByName =
        Table.ToDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every abbreviation the parser knows, accepted or refused.</summary>
    public static IReadOnlyList<ZoneAbbreviation> All => Table;

    /// <summary>The abbreviation with that name (any case), or null when it is not in the table.</summary>
    public static ZoneAbbreviation? Find(string name) =>
        ByName.TryGetValue(name.Trim(), out var abbreviation) ? abbreviation : null;

    /// <summary>
    /// The abbreviation of the same seasonal zone that has this offset, such as EDT for
    /// America/New_York at -04:00; null when there is none.
    /// </summary>
    public static ZoneAbbreviation? InSeason(string seasonalZone, TimeSpan offset) =>
        Table.FirstOrDefault(a => a.SeasonalZone == seasonalZone && a.Offset == offset);

    private static ZoneAbbreviation Ambiguous(string name, params ZoneReading[] readings) =>
        new(name, null, "") { Readings = readings };
}
