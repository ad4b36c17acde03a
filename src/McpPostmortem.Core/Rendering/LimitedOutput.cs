using System.Text;
using Scriban.Runtime;

namespace McpPostmortem.Rendering;

/// <summary>
/// Collects template output and stops the render once it grows past a limit, so a template that
/// repeats itself fails at once instead of filling memory.
/// </summary>
internal sealed class LimitedOutput(int maxLength) : IScriptOutput
{
    private readonly StringBuilder _text = new();

    public void Write(string text, int offset, int count)
    {
        if (_text.Length + count > maxLength)
        {
            throw new TemplateOutputLimitException(maxLength);
        }

        _text.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => _text.ToString();
}
