using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace McpPostmortem.Server;

/// <summary>
/// Standard input as the SDK's transport reads it, one checked line at a time. The SDK drops a line
/// that is not JSON, a batch array or a line of invalid UTF-8 without a word, and buffers a line of
/// any length; this answers each with a JSON-RPC error on <see cref="ProtocolOutputStream"/>, skips an
/// over-long line without holding it in memory, and passes only well-formed messages on.
/// </summary>
public sealed partial class GuardedInputStream(Stream input, ProtocolOutputStream output) : Stream
{
    /// <summary>The largest JSON-RPC message the server reads, in bytes.</summary>
    public const int MaxMessageBytes = 8 * 1024 * 1024;

    /// <summary>How deep objects and arrays may nest in one message, as the SDK's own reader allows.</summary>
    public const int MaxDepth = 64;

    private const int ParseError = -32700;

    private const int InvalidRequest = -32600;

    private const int KeptEdge = 512;

    private readonly byte[] _chunk = new byte[64 * 1024];

    // A message bigger than this leaves its buffer to the collector instead of keeping it for the
    // session: one pasted timeline must not pin megabytes while the server sits idle.
    private const int KeptBufferBytes = 1024 * 1024;

    private ArrayBufferWriter<byte> _line = new();

    private readonly ArrayBufferWriter<byte> _tail = new();

    private int _chunkStart;

    private int _chunkEnd;

    private byte[] _ready = [];

    private int _readyOffset;

    private byte[]? _overLongHead;

    private long _overLongBytes;

    private bool _ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>What is wrong with one line, or null when it is a message the SDK can read.</summary>
    public static (int Code, string Message)? Check(ReadOnlySpan<byte> line)
    {
        if (line.Trim(" \t\r"u8).IsEmpty)
        {
            return null;
        }

        if (!Utf8.IsValid(line))
        {
            return (ParseError, "Parse error: the line is not valid UTF-8. Send each JSON-RPC message as one " +
                "line of UTF-8 JSON.");
        }

        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = MaxDepth });
        var shape = new MessageShape();
        try
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                return (InvalidRequest, "Invalid Request: JSON-RPC batches (arrays) are not supported; send each " +
                    "message as its own line.");
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return (InvalidRequest, "Invalid Request: a JSON-RPC message is a JSON object with \"jsonrpc\": " +
                    "\"2.0\".");
            }

            var property = "";
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                    && reader.ValueIsEscaped && !IsText(ref reader))
                {
                    return (ParseError, $"Parse error: the value of '{property}' has a \\u escape for half of a " +
                        "surrogate pair (such as \\ud800 without the \\udc00-\\udfff that completes it), which is " +
                        "not text. Remove it, or send the whole character.");
                }

                // Down to a tool's own arguments (params.arguments.x): deeper names would say less to the
                // caller than the argument that holds them, and cost a string each.
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth <= 3)
                {
                    property = reader.GetString() ?? "";
                }

                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    shape.See(ref reader);
                }
            }
        }
        catch (JsonException ex)
        {
            return (ParseError, $"Parse error: the line is not JSON ({ex.Message}).");
        }

        return shape.Problem();
    }

    // The SDK unescapes strings later and fails on a lone surrogate with a message the caller never
    // sees; finding it here lets the reply name the argument.
    private static bool IsText(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) =>
        ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (_readyOffset < _ready.Length)
            {
                var count = Math.Min(buffer.Length, _ready.Length - _readyOffset);
                _ready.AsMemory(_readyOffset, count).CopyTo(buffer);
                _readyOffset += count;
                if (_readyOffset == _ready.Length)
                {
                    // Handed over whole: the SDK holds its own copy now.
                    _ready = [];
                    _readyOffset = 0;
                }

                return count;
            }

            if (_chunkStart == _chunkEnd)
            {
                if (_ended)
                {
                    return 0;
                }

                // The console stream ignores cancellation; WaitAsync lets shutdown stop waiting for it.
                var read = await input.ReadAsync(_chunk, cancellationToken).AsTask().WaitAsync(cancellationToken)
                    .ConfigureAwait(false);
                if (read == 0)
                {
                    _ended = true;
                    EndLine();
                    continue;
                }

                _chunkStart = 0;
                _chunkEnd = read;
            }

            var available = _chunk.AsSpan(_chunkStart, _chunkEnd - _chunkStart);
            var newline = available.IndexOf((byte)'\n');
            var part = newline < 0 ? available : available[..newline];
            Append(part);
            _chunkStart += newline < 0 ? part.Length : part.Length + 1;
            if (newline >= 0)
            {
                EndLine();
            }
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            input.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Append(ReadOnlySpan<byte> part)
    {
        if (_overLongHead is null && _line.WrittenCount + part.Length <= MaxMessageBytes)
        {
            _line.Write(part);
            return;
        }

        if (_overLongHead is null)
        {
            // Keep only the start and the end: enough to find the request id, never the whole line.
            _overLongHead = _line.WrittenSpan[..Math.Min(KeptEdge, _line.WrittenCount)].ToArray();
            _overLongBytes = _line.WrittenCount;
            _line.ResetWrittenCount();
        }

        _overLongBytes += part.Length;
        var tail = _tail.WrittenSpan.ToArray().Concat(part[Math.Max(0, part.Length - KeptEdge)..].ToArray())
            .TakeLast(KeptEdge).ToArray();
        _tail.ResetWrittenCount();
        _tail.Write(tail);
    }

    private void EndLine()
    {
        if (_overLongHead is not null)
        {
            var id = RecoverId(_overLongHead, _tail.WrittenSpan);
            output.WriteError(InvalidRequest, id, $"Invalid Request: the message is {_overLongBytes} bytes; the " +
                $"limit is {MaxMessageBytes} bytes ({MaxMessageBytes / (1024 * 1024)} MiB). Send the content in " +
                "smaller calls.");
            _overLongHead = null;
            _overLongBytes = 0;
            _tail.ResetWrittenCount();
            return;
        }

        var line = _line.WrittenSpan;
        if (line.IsEmpty)
        {
            return;
        }

        if (Check(line) is { } problem)
        {
            output.WriteError(problem.Code, RecoverId(line[..Math.Min(KeptEdge, line.Length)], line), problem.Message);
        }
        else
        {
            _ready = [.. line, (byte)'\n'];
            _readyOffset = 0;
        }

        _line.ResetWrittenCount();
        if (_line.Capacity > KeptBufferBytes)
        {
            _line = new ArrayBufferWriter<byte>();
        }
    }

    /// <summary>
    /// Finds the request id of a line that cannot be read whole, so the caller's pending request ends
    /// with the error instead of waiting for a timeout. Only an id that is the first, second or last
    /// member of the top-level object can be told apart from nested values without parsing it all.
    /// </summary>
    private static string? RecoverId(ReadOnlySpan<byte> head, ReadOnlySpan<byte> tail)
    {
        var start = LeadingId().Match(Encoding.UTF8.GetString(head));
        if (start.Success)
        {
            return start.Groups["id"].Value;
        }

        var end = TrailingId().Match(Encoding.UTF8.GetString(tail));
        return end.Success ? end.Groups["id"].Value : null;
    }

    [GeneratedRegex("""^\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:\s*(?<id>-?\d{1,18}|"[^"\\]{0,200}")""")]
    private static partial Regex LeadingId();

    [GeneratedRegex("""[,{]\s*"id"\s*:\s*(?<id>-?\d{1,18}|"[^"\\]{0,200}")\s*}\s*$""")]
    private static partial Regex TrailingId();

    /// <summary>The top-level members that make a JSON-RPC message.</summary>
    private ref struct MessageShape
    {
        private bool _version;

        private bool _method;

        private bool _outcome;

        public void See(ref Utf8JsonReader reader)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "jsonrpc":
                    _version = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("2.0"u8);
                    break;
                case "method":
                    _method = reader.TokenType == JsonTokenType.String;
                    break;
                case "result" or "error":
                    _outcome = true;
                    break;
            }
        }

        public readonly (int Code, string Message)? Problem()
        {
            if (!_version)
            {
                return (InvalidRequest, "Invalid Request: the message needs \"jsonrpc\": \"2.0\".");
            }

            if (!_method && !_outcome)
            {
                return (InvalidRequest, "Invalid Request: the message has no \"method\" (a string).");
            }

            return null;
        }
    }
}
