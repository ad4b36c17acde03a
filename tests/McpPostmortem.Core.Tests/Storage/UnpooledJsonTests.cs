using System.Text;
using System.Text.Json;
using McpPostmortem.Rendering;
using McpPostmortem.Serialization;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Storage;

public sealed class UnpooledJsonTests
{
    [Fact]
    public void Serialize_Postmortem_MatchesTheSerializersOwnBytes()
    {
        // The stored form is indented with relaxed escaping; a writer that lost either would differ.
        var postmortem = Complete.Postmortem() with { Summary = "A <b>bold</b> \"quoted\" café: 5 > 4 & 3 < 4." };

        var expected = JsonSerializer.SerializeToUtf8Bytes(postmortem, PostmortemJsonContext.Default.Postmortem);
        var actual = UnpooledJson.Serialize(postmortem, PostmortemJsonContext.Default.Postmortem);

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual.Span));
    }

    [Fact]
    public void SerializeToString_DocumentData_MatchesTheSerializersOwnText()
    {
        var data = DocumentData.Of(Complete.Postmortem());

        var expected = JsonSerializer.Serialize(data, DocumentDataJsonContext.Default.DocumentData);
        var actual = UnpooledJson.SerializeToString(data, DocumentDataJsonContext.Default.DocumentData);

        Assert.Equal(expected, actual);
    }
}
