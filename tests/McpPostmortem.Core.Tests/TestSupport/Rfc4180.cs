using System.Text;

namespace McpPostmortem.Tests.TestSupport;

/// <summary>A strict RFC 4180 CSV reader for tests: quoted fields, doubled quotes, CRLF records.</summary>
public static class Rfc4180
{
    public static List<List<string>> Parse(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (field.Length == 0 && csv[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= csv.Length)
                    {
                        throw new FormatException("Unterminated quoted field.");
                    }

                    if (csv[i] == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (csv[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(csv[i++]);
                    }
                }

                if (i < csv.Length && csv[i] != ',' && csv[i] != '\r')
                {
                    throw new FormatException($"Text after a closing quote at {i}.");
                }

                continue;
            }

            switch (csv[i])
            {
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r' when i + 1 < csv.Length && csv[i + 1] == '\n':
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    i += 2;
                    break;
                case '"' or '\r' or '\n':
                    throw new FormatException($"Bare '{csv[i]}' in an unquoted field at {i}.");
                default:
                    field.Append(csv[i++]);
                    break;
            }
        }

        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }

        return records;
    }
}
