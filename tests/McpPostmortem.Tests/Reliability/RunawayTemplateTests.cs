using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Rendering;

namespace McpPostmortem.Server.Tests.Reliability;

/// <summary>
/// Templates that never finish on their own: the renderer's limits stop each one with a clear error
/// well within a time a caller would wait, instead of hanging the server.
/// </summary>
public sealed class RunawayTemplateTests
{
    [Theory]
    [InlineData("endless while", "{{ while true }}x{{ end }}")]
    [InlineData("nested loops", "{{ for i in 1..1000000 }}{{ for j in 1..1000000 }}{{ k = j }}{{ end }}{{ end }}")]
    [InlineData("three nested loops", "{{ for a in 1..90000 }}{{ for b in 1..90000 }}{{ for c in 1..90000 }}{{ end }}{{ end }}{{ end }}")]
    [InlineData("endless recursion", "{{ func f(x); ret f(x + 1); end; f(0) }}")]
    [InlineData("doubling text", "{{ s = 'xx'; while true; s = s + s; end }}")]
    public async Task Render_TemplateThatNeverEnds_FailsFastWithAMessage(string what, string text)
    {
        var template = PostmortemRenderer.Parse(text, what);
        var postmortem = new Postmortem { Id = "2025-07-09-runaway", Title = "Runaway", IncidentDate = new DateOnly(2025, 7, 9) };

        var render = Task.Run(() => PostmortemRenderer.Render(template, postmortem), TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<PostmortemException>(() => render.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken));
        Assert.Contains("template", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
