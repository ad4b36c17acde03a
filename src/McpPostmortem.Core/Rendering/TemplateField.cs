namespace McpPostmortem.Rendering;

/// <summary>One field of the data model templates see, with its sub-fields.</summary>
/// <param name="Name">The snake_case name, as a template writes it.</param>
/// <param name="Type">string, number, boolean, object, or list of those.</param>
/// <param name="Description">What it holds and how it is written.</param>
/// <param name="Fields">The fields of an object, or of each object in a list.</param>
public sealed record TemplateField(string Name, string Type, string Description, IReadOnlyList<TemplateField> Fields)
{
    /// <summary>A field without sub-fields.</summary>
    public TemplateField(string name, string type, string description)
        : this(name, type, description, [])
    {
    }
}
