using System.ComponentModel;
using McpPostmortem.Editing;
using McpPostmortem.Errors;
using McpPostmortem.Import;
using McpPostmortem.Review;
using McpPostmortem.Server.Results;
using McpPostmortem.Storage;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace McpPostmortem.Server.Tools;

/// <summary>Bringing existing Markdown postmortems into the store.</summary>
[McpServerToolType]
public sealed class ImportTools(Workspace workspace, ILogger<ImportTools> logger)
{
    [McpServerTool(Name = "import_postmortem", UseStructuredContent = true)]
    [Description("Import an existing Markdown postmortem in the reference layout (title 'Postmortem: ...', " +
        "header fields, Summary, Impact, Timeline table, Root cause, Contributing factors, lists, Action items " +
        "table, ...) so it can be linted, checked and re-rendered. Pass the text as 'markdown', or the name of " +
        "a .md file in the postmortems folder as 'file'. A document rendered with the default template comes " +
        "back exactly, hidden fields included. Timeline times are read in the zone the document states ('All " +
        "times PST (America/Los_Angeles)', a 'Time (CET)' column, a 'Timezone:' header field), UTC when none is " +
        "stated. Content that fits no field (an unknown section, an extra action-item column, a ticket key " +
        "without a link) is kept in the appendix notes or the item's text and listed in 'notices', never " +
        "dropped; HTML comments are left out and listed. Read the notices and fix what they name (for example mark the timeline milestones).")]
    public ImportResult ImportPostmortem(
        [Description("The Markdown text of the postmortem. Leave empty when 'file' is given.")]
        string markdown = "",
        [Description("Name of a .md file in the postmortems folder, such as 'old-outage.md'.")]
        string file = "",
        [Description("Id to store it under; empty makes one from the date and title.")]
        string id = "",
        [Description("Incident date (YYYY-MM-DD) for a document without a Date field; empty uses the document's.")]
        string incident_date = "",
        [Description("true to replace a stored postmortem with the same id; false refuses to overwrite.")]
        bool replace = false)
    {
        if (markdown.Length > 0 == file.Length > 0)
        {
            throw new PostmortemException("Pass exactly one of 'markdown' (the text) or 'file' (a .md file name).");
        }

        var text = file.Length > 0 ? ImportFile.Read(workspace.Store.Directory, file) : markdown;
        var date = Input.OptionalDate(incident_date, "incident_date");
        var imported = PostmortemImporter.Import(text, date, id.Length > 0 ? PostmortemId.Require(id) : "");
        var (postmortem, statusNotice) = ReviewLifecycle.Admit(imported.Postmortem, workspace.TeamBlame,
            Workspace.Today());
        var notices = statusNotice is null
            ? imported.Notices
            : [.. imported.Notices, new ImportNotice("Status", 0, statusNotice)];
        var exists = workspace.Store.Exists(postmortem.Id);
        if (!exists && ExpectedRevision.OfCurrentCall > 0)
        {
            throw new PostmortemException(
                $"expected_revision is {ExpectedRevision.OfCurrentCall}, but no postmortem '{postmortem.Id}' " +
                "is stored to replace. Pass 0 (or leave it out) to import it as a new postmortem.");
        }

        if (exists && !replace)
        {
            // The store's own refusal speaks to create_postmortem; an import has its own two ways out.
            throw new PostmortemException(
                $"A postmortem with id '{postmortem.Id}' is already stored. Pass replace true to overwrite it " +
                "with this document, or an 'id' to import it beside the stored one.");
        }

        var saved = exists
            ? workspace.Store.Update(postmortem.Id, _ => postmortem, ExpectedRevision.OfCurrentCall)
            : workspace.Store.Create(postmortem);
        logger.LogInformation("Imported {Id} revision {Revision} with {Notices} notices", saved.Id, saved.Revision,
            notices.Count);
        var message = $"Imported '{saved.Title}' as {saved.Id}: {saved.Timeline.Count} timeline events, " +
            $"{saved.ContributingFactors.Count} contributing factors, {saved.ActionItems.Count} action items. " +
            (notices.Count == 0
                ? "Everything was mapped."
                : $"{notices.Count} notices: read them; unmapped content is in the appendix notes.");
        return new ImportResult
        {
            Id = saved.Id,
            Revision = saved.Revision,
            Message = message,
            Notices = notices,
        };
    }
}
