using System.Text.Json;

namespace McpPostmortem.Server.Tests.Reliability;

public sealed class PortableSchemaTests
{
    [Theory]
    [InlineData("""{"type":["string","null"],"default":null}""", """{"type":"string"}""")]
    [InlineData("""{"type":"object","properties":{"a":{"type":["array","null"],"items":{"type":"string"}}}}""",
        """{"type":"object","properties":{"a":{"type":"array","items":{"type":"string"}}}}""")]
    [InlineData("""{"type":"integer","default":0}""", """{"type":"integer","default":0}""")]
    [InlineData("""{"type":["array","null"],"items":{"type":"string"},"default":null}""",
        """{"type":"array","items":{"type":"string"},"default":[]}""")]
    public void Simplify_NullableInput_BecomesItsSingleType(string schema, string expected)
    {
        var simplified = PortableSchema.Simplify(JsonDocument.Parse(schema).RootElement);

        Assert.Equal(expected, simplified.GetRawText());
    }

    [Theory]
    [InlineData("""{"type":["string","null"],"format":"date"}""",
        """{"format":"date","anyOf":[{"type":"string"},{"type":"null"}]}""")]
    [InlineData("""{"type":"object","properties":{"m":{"type":["number","null"]}}}""",
        """{"type":"object","properties":{"m":{"anyOf":[{"type":"number"},{"type":"null"}]}}}""")]
    [InlineData("""{"type":["string","null"],"anyOf":[{"minLength":1},{"type":"null"}]}""",
        """{"allOf":[{"anyOf":[{"type":"string"},{"type":"null"}]},{"anyOf":[{"minLength":1},{"type":"null"}]}]}""")]
    [InlineData("""{"type":"string"}""", """{"type":"string"}""")]
    [InlineData("""{"type":"object","properties":{"n":{"type":["number","null"]},"s":{"type":"string"}},"required":["n","s"]}""",
        """{"type":"object","properties":{"n":{"anyOf":[{"type":"number"},{"type":"null"}]},"s":{"type":"string"}},"required":["s"]}""")]
    public void SplitNullable_TypeArrayInOutput_BecomesAnyOfBranches(string schema, string expected)
    {
        var split = PortableSchema.SplitNullable(JsonDocument.Parse(schema).RootElement);

        Assert.Equal(expected, split.GetRawText());
    }
}
