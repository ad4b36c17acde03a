namespace McpPostmortem.Errors;

/// <summary>
/// An error the caller can fix: the message names what was wrong and what to send instead.
/// Hosts show the message as it is; anything else is an internal fault and is not shown.
/// </summary>
public sealed class PostmortemException : Exception
{
    public PostmortemException()
    {
    }

    public PostmortemException(string message)
        : base(message)
    {
    }

    public PostmortemException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
