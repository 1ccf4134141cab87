using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Renderer.Frames;

namespace Renderer.Segments;

/// <summary>
/// SHA-256 of a frame's display list: every field of every item, doubles by their exact bits, so two frames with
/// the same digest draw the same pixels (given the same fonts, formulas, renderer and size, which the segment key
/// adds). Items name a formula by its key and a raster by reference; what those stand for is hashed too: the
/// formula's SVG (<see cref="FormulaContent"/>) and the raster's pixels and overlay (once per raster instance).
/// </summary>
/// <remarks>An item type this class does not know is an error, not a silent gap in the key: a new
/// <see cref="DisplayItem"/> must be added here (a test checks every subtype is).</remarks>
public sealed class DisplayListHasher(Func<Formula, string> formulaContent)
{
    private static readonly ConditionalWeakTable<Raster, byte[]> RasterDigests = new();
    private readonly Func<Formula, string> _formulaContent = formulaContent;
    private readonly ConcurrentDictionary<string, byte[]> _formulaDigests = new(StringComparer.Ordinal);

    /// <summary>The digest of one frame.</summary>
    public byte[] Digest(FrameState frame)
    {
        var w = new Writer();
        w.Double(frame.DesignWidth).Double(frame.DesignHeight).Color(frame.Background).Int(frame.Items.Count);
        foreach (var item in frame.Items) Item(w, item);
        return w.Finish();
    }

    private void Item(Writer w, DisplayItem item)
    {
        switch (item)
        {
            case RectItem r:
                w.Tag(1).Box(r.Box).Color(r.Fill).Color(r.Stroke).Double(r.StrokeWidth).Double(r.CornerRadius);
                break;
            case LineItem l:
                w.Tag(2).Point(l.From).Point(l.To).Color(l.Color).Double(l.Width).Int((int)l.Dash);
                break;
            case PolylineItem p:
                w.Tag(3).Points(p.Points).Color(p.Color).Double(p.Width).Int((int)p.Dash);
                break;
            case PolygonItem g:
                w.Tag(4).Points(g.Points).Color(g.Fill);
                break;
            case CircleItem c:
                w.Tag(5).Point(c.Center).Double(c.Radius).Color(c.Fill).Color(c.Stroke).Double(c.StrokeWidth);
                break;
            case TextItem t:
                w.Tag(6).Text(t.Text).Point(t.Baseline).Int((int)t.Font.Weight).Double(t.Font.Size).Bool(t.Font.Italic).Bool(t.Font.Tabular).Bool(t.Font.Mono)
                    .Color(t.Color).Int((int)t.Anchor);
                break;
            case FormulaItem f:
                w.Tag(7).Text(f.Formula.Key).Bytes(FormulaDigest(f.Formula)).Double(f.Formula.WidthPt).Double(f.Formula.HeightPt).Double(f.Formula.DepthPt)
                    .Point(f.Origin).Double(f.Scale).Color(f.Color);
                break;
            case RasterItem r:
                w.Tag(8).Bytes(RasterDigests.GetValue(r.Raster, RasterDigest)).Box(r.Box).Double(r.Opacity);
                break;
            default:
                throw new NotSupportedException($"{item.GetType().Name} is not hashed; add it to {nameof(DisplayListHasher)}, or segments could be reused wrongly.");
        }
    }

    private byte[] FormulaDigest(Formula formula) =>
        _formulaDigests.GetOrAdd(formula.Key, _ => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(_formulaContent(formula))));

    private static byte[] RasterDigest(Raster raster)
    {
        var w = new Writer();
        w.Int(raster.Width).Int(raster.Height).Bytes(SHA256.HashData(raster.Rgba)).Int(raster.Overlay.Count);
        foreach (var stroke in raster.Overlay) w.Points(stroke.Points).Color(stroke.Color).Double(stroke.Width);
        return w.Finish();
    }

    /// <summary>A canonical little-endian encoding of the fields, hashed as it is written.</summary>
    private sealed class Writer
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly byte[] _buffer = new byte[4096];
        private int _used;

        public byte[] Finish()
        {
            Flush();
            var digest = _hash.GetHashAndReset();
            _hash.Dispose();
            return digest;
        }

        public Writer Tag(byte tag) => Raw([tag]);

        public Writer Bool(bool value) => Raw([value ? (byte)1 : (byte)0]);

        public Writer Int(int value)
        {
            Span<byte> b = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(b, value);
            return Raw(b);
        }

        public Writer Double(double value)
        {
            Span<byte> b = stackalloc byte[8];
            // Exact bits; -0 and 0 differ, which can only make a key more specific, never wrong.
            BinaryPrimitives.WriteInt64LittleEndian(b, BitConverter.DoubleToInt64Bits(value));
            return Raw(b);
        }

        public Writer Color(Rgba? color) => color is { } c ? Raw([1, c.R, c.G, c.B, c.A]) : Raw([0]);

        public Writer Point(Vec2 p) => Double(p.X).Double(p.Y);

        public Writer Box(Box b) => Double(b.X).Double(b.Y).Double(b.Width).Double(b.Height);

        public Writer Points(IReadOnlyList<Vec2> points)
        {
            Int(points.Count);
            // A Vec2 is two doubles, X then Y: on a little-endian machine its memory is exactly what Point writes, so
            // an array or list goes in as one block (the same bytes, so the same digest; curves of hundreds of points
            // were most of the hashing time: 0.38 s of CPU of a 0.62 s keying of a 4170-frame scene).
            ReadOnlySpan<Vec2> block = points switch
            {
                Vec2[] array when BitConverter.IsLittleEndian => array,
                List<Vec2> list when BitConverter.IsLittleEndian => CollectionsMarshal.AsSpan(list),
                _ => default,
            };
            if (block.Length == points.Count && points.Count > 0) return Raw(MemoryMarshal.AsBytes(block));
            foreach (var p in points) Point(p);
            return this;
        }

        public Writer Text(string text)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            return Int(bytes.Length).Raw(bytes);
        }

        public Writer Bytes(byte[] bytes) => Int(bytes.Length).Raw(bytes);

        private Writer Raw(ReadOnlySpan<byte> bytes)
        {
            if (_used + bytes.Length > _buffer.Length) Flush();
            if (bytes.Length > _buffer.Length)
            {
                _hash.AppendData(bytes);
                return this;
            }
            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
            return this;
        }

        private void Flush()
        {
            _hash.AppendData(_buffer, 0, _used);
            _used = 0;
        }
    }
}
