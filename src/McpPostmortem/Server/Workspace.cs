using McpPostmortem.Linting;
using McpPostmortem.Model;
using McpPostmortem.Review;
using McpPostmortem.Server.Results;
using McpPostmortem.Storage;
using Microsoft.Extensions.Logging;

namespace McpPostmortem.Server;

/// <summary>
/// What every tool works on: the postmortems folder and the linter. One instance per server process.
/// </summary>
public sealed class Workspace(PostmortemStore store, ILogger<Workspace> logger)
{
    public PostmortemStore Store { get; } = store;

    public DocumentLinter Linter { get; } = new(new BlameLinter(), TimeProvider.System);

    /// <summary>Saves a new postmortem and logs one line for it.</summary>
    public Postmortem Create(Postmortem draft)
    {
        var created = Store.Create(draft);
        logger.LogInformation("Saved {Id} revision {Revision}: created", created.Id, created.Revision);
        return created;
    }

    /// <summary>
    /// Applies a change under the store's lock and logs one line for it. The call's expected_revision,
    /// when given, is checked under the same lock. An approved or published postmortem goes back to in
    /// review when the change edits its content or fails the checklist (see
    /// <see cref="ReviewLifecycle.AfterEdit"/>); the reply's notices say so.
    /// </summary>
    public Postmortem Change(string id, string what, Func<Postmortem, Postmortem> change)
    {
        var today = Today();
        var changed = Store.Update(
            id, p => ReviewLifecycle.AfterEdit(p, change(p), TeamBlame, today), ExpectedRevision.OfCurrentCall);
        logger.LogInformation("Saved {Id} revision {Revision}: {Change}", changed.Id, changed.Revision, what);
        return changed;
    }

    /// <summary>
    /// The blame linter with the team's phrases, allowed terms and severities from the postmortems
    /// folder; read per call so an edited file takes effect at once. A bad file is a tool error naming its line.
    /// </summary>
    public BlameLinter TeamBlame() => new(BlameConfig.LoadFromFolder(Store.Directory));

    /// <summary>The current day in UTC, the day due dates and review dates are judged against.</summary>
    public static DateOnly Today() => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Reads a postmortem for a tool that writes a file from it (a rendered document, an export), and
    /// refuses when the call's expected_revision is stale, so the file shows the revision the caller read.
    /// </summary>
    public Postmortem LoadToWrite(string id)
    {
        var postmortem = Store.Load(id);
        PostmortemStore.RequireRevision(postmortem, ExpectedRevision.OfCurrentCall);
        return postmortem;
    }

    /// <summary>Deletes a postmortem, checking the call's expected_revision under the lock.</summary>
    public Postmortem Delete(string id)
    {
        var deleted = Store.Delete(id, ExpectedRevision.OfCurrentCall);
        logger.LogInformation("Deleted {Id} at revision {Revision}", deleted.Id, deleted.Revision);
        return deleted;
    }

    /// <summary>The standard reply of a write tool.</summary>
    public static ChangeResult Result(
        Postmortem postmortem,
        string message,
        IReadOnlyList<string>? itemIds = null,
        IReadOnlyList<string>? notices = null) => new()
        {
            Id = postmortem.Id,
            Revision = postmortem.Revision,
            Message = message,
            ItemIds = itemIds ?? [],
            Notices = ReviewLifecycle.ReopenedNotice(postmortem) is { } reopened
                ? [reopened, .. notices ?? []]
                : notices ?? [],
        };
}
