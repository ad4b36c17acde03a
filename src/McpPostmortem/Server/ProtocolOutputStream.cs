using System.Text.Json;

namespace McpPostmortem.Server;

/// <summary>
/// Standard output shared by the SDK's transport and <see cref="GuardedInputStream"/>. The transport's bytes
/// are held until it flushes and then written as one block, so an error line the guard writes can
/// never land inside a half-written message.
/// </summary>
public sealed class ProtocolOutputStream(Stream output) : Stream
{
    private readonly Lock _gate = new();

    // A reply bigger than this gives its buffer back after it is written, so one large reply does not
    // keep megabytes for the rest of the session.
    private const int KeptBufferBytes = 1024 * 1024;

    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>
    /// Writes one JSON-RPC error response as a whole line; <paramref name="id"/> is the request id as
    /// JSON text (a number or a quoted string), or null when the request could not be identified.
    /// </summary>
    public void WriteError(int code, string? id, string message)
    {
        using var line = new MemoryStream();
        using (var json = new Utf8JsonWriter(line))
        {
            json.WriteStartObject();
            json.WriteString("jsonrpc", "2.0");
            json.WritePropertyName("id");
            if (id is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteRawValue(id);
            }

            json.WriteStartObject("error");
            json.WriteNumber("code", code);
            json.WriteString("message", message);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        line.WriteByte((byte)'\n');
        lock (_gate)
        {
            output.Write(line.GetBuffer().AsSpan(0, (int)line.Length));
            output.Flush();
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        lock (_gate)
        {
            _pending.Write(buffer);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
        lock (_gate)
        {
            if (_pending.Length > 0)
            {
                output.Write(_pending.GetBuffer().AsSpan(0, (int)_pending.Length));
                _pending.SetLength(0);
                if (_pending.Capacity > KeptBufferBytes)
                {
                    _pending.Capacity = 0;
                }
            }

            output.Flush();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        Flush();
        return Task.CompletedTask;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
            output.Dispose();
        }

        base.Dispose(disposing);
    }
}
