using McpPostmortem.Model;

namespace McpPostmortem.Import;

/// <summary>A postmortem read from Markdown, with everything that could not be mapped exactly.</summary>
/// <param name="Postmortem">The model; content that fits no field is kept in the appendix notes.</param>
/// <param name="Notices">What was kept aside, defaulted or guessed, in document order.</param>
public sealed record ImportedPostmortem(Postmortem Postmortem, IReadOnlyList<ImportNotice> Notices);
