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

    /// <summary>Applies a change under the store's lock and logs one line for it.</summary>
    public Postmortem Change(string id, string what, Func<Postmortem, Postmortem> change, long expectedRevision = 0)
    {
        var changed = Store.Update(id, change, expectedRevision);
        logger.LogInformation("Saved {Id} revision {Revision}: {Change}", changed.Id, changed.Revision, what);
        return changed;
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
