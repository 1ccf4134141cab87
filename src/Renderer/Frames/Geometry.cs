namespace Renderer.Frames;

/// <summary>A point in design units (a 16:9 frame is 1920×1080 units at any resolution).</summary>
public readonly record struct Vec2(double X, double Y)
{
    public static Vec2 operator +(Vec2 a, Vec2 b) => new(a.X + b.X, a.Y + b.Y);
}

/// <summary>An axis-aligned rectangle in design units.</summary>
public readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
    public double CenterX => X + Width / 2;
    public double CenterY => Y + Height / 2;

    public Box Inset(double left, double top, double right, double bottom) =>
        new(X + left, Y + top, Math.Max(0, Width - left - right), Math.Max(0, Height - top - bottom));

    public Box Inset(double all) => Inset(all, all, all, all);

    public bool Intersects(Box o) => X < o.Right && o.X < Right && Y < o.Bottom && o.Y < Bottom;

    public bool Contains(Box o, double tolerance = 1e-6) =>
        o.X >= X - tolerance && o.Y >= Y - tolerance && o.Right <= Right + tolerance && o.Bottom <= Bottom + tolerance;
}
