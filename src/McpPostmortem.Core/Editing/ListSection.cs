using System.Text.Json.Serialization;

namespace McpPostmortem.Editing;

/// <summary>The sections of the layout that are plain lists of sentences.</summary>
public enum ListSection
{
    [JsonStringEnumMemberName("went_well")] WentWell,
    [JsonStringEnumMemberName("went_wrong")] WentWrong,
    [JsonStringEnumMemberName("lessons_learned")] LessonsLearned,
    [JsonStringEnumMemberName("prevention")] Prevention,
}
