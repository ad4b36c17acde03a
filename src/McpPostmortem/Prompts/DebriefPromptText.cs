using System.Globalization;
using System.Text;
using McpPostmortem.Model;
using McpPostmortem.Serialization;
using McpPostmortem.Timeline;

namespace McpPostmortem.Server.Prompts;

/// <summary>The text of the debrief_responder prompt, built from the postmortem it is for.</summary>
internal static class DebriefPromptText
{
    public static string Create(Postmortem postmortem, string responderRole)
    {
        var role = string.IsNullOrWhiteSpace(responderRole) ? "responder" : responderRole.Trim();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            Debrief the {role} of the incident "{postmortem.Title}" ({postmortem.IncidentDate:yyyy-MM-dd},
            {EnumNames.Of(postmortem.Severity)}, postmortem id {postmortem.Id}). The goal is to learn
            what the responder saw, knew and weighed at each moment, not to judge what they did.

            How to interview:
            - Ask one question at a time and wait for the answer. Follow up on anything concrete: a time, a
              dashboard, a message, a command.
            - Ask "what" and "how" questions. Never "why didn't you" or "should you have": they ask for a
              defence, not for information.
            - Keep the answer in the responder's words; do not correct or judge it while you record it.
              If the responder blames themselves ("I was careless"), record it as said: lint_postmortem
              reports it as a warning about quoted evidence, and it does not block approval. Do not carry
              that wording into the summary, timeline or contributing factors.
            - Ask whether they want to be recorded by role ("{role}") or by name; use the role if unsure.
            """);
        text.AppendLine();
        text.AppendLine();

        AppendKnownTimeline(text, postmortem);
        text.AppendLine("Questions, by phase:");
        var number = 1;
        foreach (var (phase, questions) in DebriefQuestions.Phases)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{phase}:");
            foreach (var question in questions)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{number++}. {question}");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"""

            When the interview is done, call add_debrief_notes with id "{postmortem.Id}", the responder
            ("{role}" unless they chose a name) and answers: one entry per question asked, each with the
            question and the answer. Then use what you learned: add_timeline_events for newly dated steps
            (source "chat" or "other"), add_contributing_factor for conditions the answers reveal, and note
            where answers disagree with the timeline instead of picking a side.
            """);
        return text.ToString();
    }

    private static void AppendKnownTimeline(StringBuilder text, Postmortem postmortem)
    {
        if (postmortem.Timeline.Count == 0)
        {
            text.AppendLine("The timeline is still empty: ask for times first and note where each came from.");
            text.AppendLine();
            return;
        }

        var zone = IncidentZone.Find(postmortem.TimeZone);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"The timeline so far ({postmortem.TimeZone}); ask what the responder saw around each step:");
        foreach (var e in postmortem.Timeline)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- {IncidentZone.FormatLocal(e.Time, zone)} [{e.Id}] {e.Description}");
        }

        text.AppendLine();
    }
}
