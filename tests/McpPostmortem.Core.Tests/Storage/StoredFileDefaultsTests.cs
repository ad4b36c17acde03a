using System.Collections;
using System.Reflection;
using System.Text.Json;
using McpPostmortem.Errors;
using McpPostmortem.Model;
using McpPostmortem.Serialization;
using McpPostmortem.Storage;
using McpPostmortem.Tests.TestSupport;

namespace McpPostmortem.Tests.Storage;

/// <summary>
/// A stored file that leaves members out (written by hand, by a script or by an older version) reads
/// with every member at its documented default, never null.
/// </summary>
public sealed class StoredFileDefaultsTests
{
    private const string Minimal = """
        {
          "id": "2025-01-01-minimal",
          "title": "Minimal",
          "incident_date": "2025-01-01",
          "severity": "SEV2",
          "impact": {},
          "root_cause": {},
          "appendix": {},
          "review": {},
          "timeline": [{ "id": "ev-1", "time": "2025-01-01T10:00:00Z", "description": "x", "kind": "note" }],
          "contributing_factors": [{ "id": "cf-1", "title": "x" }],
          "action_items": [{ "id": "ai-1", "action": "Add an alert", "priority": "P1", "class": "detect" }],
          "related_incidents": [{ "description": "x" }],
          "debriefs": [{ "id": "db-1", "responder": "on-call" }]
        }
        """;

    [Fact]
    public void Deserialize_MembersLeftOut_NoMemberIsNull()
    {
        var postmortem = JsonSerializer.Deserialize(Minimal, PostmortemJsonContext.Default.Postmortem)!;

        var nulls = new List<string>();
        FindNulls(postmortem, "postmortem", nulls);

        Assert.Empty(nulls);
        Assert.Equal("UTC", postmortem.TimeZone);
        Assert.Equal("+00:00", postmortem.Timeline[0].OriginalOffset);
    }

    [Theory]
    [InlineData("\"severity\": \"SEV2\",", "severity")]
    [InlineData("\"kind\": \"note\" ", "kind")]
    [InlineData("\"priority\": \"P1\",", "priority")]
    public void Load_ValueWithoutSafeDefaultLeftOut_RefusedNamingIt(string member, string name)
    {
        using var folder = new TempDirectory();
        var text = Minimal.Replace(member, "", StringComparison.Ordinal).Replace(", }", " }", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder.Path, "2025-01-01-minimal.json"), text);

        var error = Assert.Throws<PostmortemException>(() => new PostmortemStore(folder.Path).Load("2025-01-01-minimal"));

        Assert.Contains("not valid", error.Message, StringComparison.Ordinal);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Every non-nullable reference member of the model, walked through lists and records.</summary>
    private static void FindNulls(object value, string path, List<string> nulls)
    {
        var context = new NullabilityInfoContext();
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType.IsValueType)
            {
                continue;
            }

            var member = property.GetValue(value);
            var where = $"{path}.{property.Name}";
            if (member is null)
            {
                if (context.Create(property).ReadState == NullabilityState.NotNull)
                {
                    nulls.Add(where);
                }

                continue;
            }

            if (member is string)
            {
                continue;
            }

            if (member is IEnumerable items)
            {
                var i = 0;
                foreach (var item in items)
                {
                    if (item is not null && item.GetType().Namespace == typeof(Postmortem).Namespace)
                    {
                        FindNulls(item, $"{where}[{i}]", nulls);
                    }

                    i++;
                }
            }
            else if (member.GetType().Namespace == typeof(Postmortem).Namespace)
            {
                FindNulls(member, where, nulls);
            }
        }
    }
}
