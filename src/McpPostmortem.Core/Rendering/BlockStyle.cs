namespace McpPostmortem.Rendering;

/// <summary>How much Markdown block structure user text may carry into a rendered document.</summary>
internal enum BlockStyle
{
    /// <summary>
    /// Paragraphs only: headings, lists, quotes, tables, breaks and open fences are escaped. Used for
    /// the summary, the root cause, list items and every other field the template lays out itself.
    /// </summary>
    Paragraph,

    /// <summary>
    /// Contained Markdown: lists, quotes, tables and headings of level 4 or deeper stay, but nothing
    /// that could end the section, hide text or swallow what follows. Used for the appendix notes,
    /// which hold imported Markdown.
    /// </summary>
    Markdown,
}
