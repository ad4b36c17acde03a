using System.Buffers.Binary;
using System.IO.Compression;

namespace McpPostmortem.Tests.Rendering.Html;

/// <summary>A minimal decoder for 8-bit RGB and RGBA PNG files, enough to tell a blank screenshot.</summary>
public sealed class PngImage
{
    private PngImage(int width, int height, byte[] pixels, int channels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
        Channels = channels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    public int Channels { get; }

    public static PngImage Decode(byte[] png)
    {
        var position = 8;
        int width = 0, height = 0, channels = 0;
        using var data = new MemoryStream();
        while (position + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var type = System.Text.Encoding.ASCII.GetString(png, position + 4, 4);
            var body = png.AsSpan(position + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                Assert.Equal(8, body[8]);
                channels = body[9] switch { 2 => 3, 6 => 4, _
                    => throw new NotSupportedException($"PNG colour type {body[9]}") };
            }
            else if (type == "IDAT")
            {
                data.Write(body);
            }

            position += 12 + length;
        }

        data.Position = 0;
        using var inflate = new ZLibStream(data, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflate.CopyTo(raw);
        return new PngImage(width, height, Unfilter(raw.ToArray(), width, height, channels), channels);
    }

    /// <summary>How many different colours the image has.</summary>
    public int DistinctColours()
    {
        var colours = new HashSet<int>();
        for (var i = 0; i + Channels <= Pixels.Length; i += Channels)
        {
            colours.Add((Pixels[i] << 16) | (Pixels[i + 1] << 8) | Pixels[i + 2]);
        }

        return colours.Count;
    }

    /// <summary>The share of pixels that are not near-white.</summary>
    public double InkShare()
    {
        var ink = 0;
        var count = 0;
        for (var i = 0; i + Channels <= Pixels.Length; i += Channels, count++)
        {
            if (Pixels[i] < 200 || Pixels[i + 1] < 200 || Pixels[i + 2] < 200)
            {
                ink++;
            }
        }

        return count == 0 ? 0 : (double)ink / count;
    }

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = (y * (stride + 1)) + 1;
            var row = y * stride;
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? pixels[row + x - channels] : 0;
                int b = y > 0 ? pixels[row - stride + x] : 0;
                int c = x >= channels && y > 0 ? pixels[row - stride + x - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                };
                pixels[row + x] = (byte)(raw[source + x] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
