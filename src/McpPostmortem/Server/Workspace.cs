using McpPostmortem.Linting;
using McpPostmortem.Model;
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
    /// Applies a change under the store's lock and logs one line for it. The call's
    /// expected_revision, when given, is checked under the same lock.
    /// </summary>
    public Postmortem Change(string id, string what, Func<Postmortem, Postmortem> change)
    {
        var changed = Store.Update(id, change, ExpectedRevision.OfCurrentCall);
        logger.LogInformation("Saved {Id} revision {Revision}: {Change}", changed.Id, changed.Revision, what);
        return changed;
    }

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
            Notices = notices ?? [],
        };
}
