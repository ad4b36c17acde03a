namespace McpPostmortem.Rendering;

/// <summary>Raised inside a render when the output passes its size limit; the renderer reports it.</summary>
internal sealed class TemplateOutputLimitException(int maxLength)
    : Exception($"The output passed {maxLength} characters.")
{
    public int MaxLength { get; } = maxLength;
}
