using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace McpPostmortem.Rendering.Html;

/// <summary>
/// Makes the links of a parsed document safe to show offline: an image becomes a link to its
/// address (the page fetches nothing, so an image would only show broken), and a link whose scheme
/// could run code or carry a hidden payload (javascript:, data:, vbscript:, anything but http,
/// https and mailto) becomes its plain text. Relative links and #anchors stay.
/// </summary>
internal static class SafeLinks
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>Rewrites every image and unsafe link in the document, in place.</summary>
    public static void Apply(MarkdownDocument document)
    {
        var links = document.Descendants<LinkInline>().ToList();
        foreach (var link in links)
        {
            var safe = IsSafe(link.Url);
            if (link.IsImage)
            {
                ReplaceImage(link, safe);
            }
            else if (!safe)
            {
                Unwrap(link);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsSafe(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    /// <summary>True for a relative address or one with an allowed scheme.</summary>
    public static bool IsSafe(string? url)
    {
        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
        var compact = new string((url ?? "").Where(c => c > ' ').ToArray());
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var end = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (end >= 0 && end < colon))
        {
            return true;
        }

        var scheme = compact[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static void ReplaceImage(LinkInline image, bool safe)
    {
        if (image.FirstChild is null)
        {
            image.AppendChild(new LiteralInline(safe ? image.Url ?? "" : "image"));
        }

        if (safe && !string.IsNullOrEmpty(image.Url))
        {
            image.ReplaceBy(new LinkInline(image.Url, image.Title ?? ""));
            return;
        }

        Unwrap(image);
    }

    /// <summary>Replaces a link by its text.</summary>
    private static void Unwrap(ContainerInline container)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            container.InsertBefore(child);
            child = next;
        }

        container.Remove();
    }
}
