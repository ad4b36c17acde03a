namespace McpPostmortem.Timeline;

/// <summary>
/// One pasted chat or pager line split into its parts. <see cref="TimeText"/> is the time in a form
/// <see cref="EventTimeParser"/> reads (a written date turned into YYYY-MM-DD, the zone kept);
/// <see cref="WrittenTime"/> is the same span exactly as the line wrote it. <see cref="Weekday"/> is
/// set when the line named only a weekday ("[Tue 07:14]"), whose date depends on the lines above.
/// </summary>
public sealed record NoteMessage(string Sender, string TimeText, string WrittenTime, DayOfWeek? Weekday, string Text);
