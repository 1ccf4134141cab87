using System.Globalization;
using Renderer.Expressions;
using Renderer.Scenes.Model;
using Renderer.Timeline;

namespace Renderer.Kinds;

/// <summary>
/// An expression bound to the parameters of its slide: it fills its values array from the frame's parameter values,
/// so an element evaluates it per frame without knowing which parameters it reads. The first
/// <see cref="OwnVariables"/> slots are the key's own variables (x for a plotted function), set by the element.
/// </summary>
public sealed class BoundExpression
{
    private readonly (int Slot, int Parameter)[] _reads;
    private readonly ParameterTimeline _parameters;

    public BoundExpression(ExpressionSpec spec, ParameterTimeline parameters, int ownVariables = 0)
    {
        Spec = spec;
        OwnVariables = ownVariables;
        _parameters = parameters;
        var scope = spec.Compiled.Scope;
        var reads = new List<(int, int)>();
        for (var slot = ownVariables; slot < scope.Count; slot++)
        {
            if (!spec.Compiled.Uses(scope[slot])) continue;
            var index = parameters.IndexOf(scope[slot]);
            if (index < 0) throw new InvalidOperationException($"'{scope[slot]}' is not a parameter of the slide");
            reads.Add((slot, index));
        }
        _reads = reads.ToArray();
    }

    public ExpressionSpec Spec { get; }

    public int OwnVariables { get; }

    /// <summary>True when the value never changes: no parameter read, or only parameters this slide does not move.</summary>
    public bool IsStatic => OwnVariables == 0 && _reads.All(r => _parameters.Tracks[r.Parameter].IsConstant);

    /// <summary>A values array with the parameters at this frame filled in (own variables 0, for the caller to set).</summary>
    public double[] Values(in ElementFrame frame) => Values(frame.Seconds);

    public double[] Values(double seconds)
    {
        var values = new double[Spec.Compiled.Scope.Count];
        foreach (var (slot, parameter) in _reads) values[slot] = _parameters.Value(parameter, seconds);
        return values;
    }

    public double Evaluate(double[] values) => Spec.Compiled.Evaluate(values);

    /// <summary>The value at this frame, for an expression without own variables.</summary>
    public double At(in ElementFrame frame) => Spec.Compiled.Constant ?? Evaluate(Values(frame));

    public double At(double seconds) => Spec.Compiled.Constant ?? Evaluate(Values(seconds));

    /// <summary>
    /// A values array for every distinct combination of the parameters this expression reads over the frames of the
    /// slide: a compile-time check that tries each of them has seen every frame.
    /// </summary>
    public IEnumerable<double[]> States(ElementCompileContext context)
    {
        var indices = _reads.Select(r => r.Parameter).ToList();
        foreach (var state in _parameters.DistinctStates(indices, context.SlideFrames, context.Fps))
        {
            var values = new double[Spec.Compiled.Scope.Count];
            for (var i = 0; i < _reads.Length; i++) values[_reads[i].Slot] = state[i];
            yield return values;
        }
    }

    /// <summary>Fails compilation, at the expression, if it is not finite at some frame of the slide.</summary>
    public void RequireFinite(ElementCompileContext context, double min = double.NegativeInfinity, double max = double.PositiveInfinity)
    {
        foreach (var values in States(context))
        {
            var v = Evaluate(values);
            if (!double.IsFinite(v))
                throw new ElementValueException(Spec.At, $"'{Spec.Source}' is {ExpressionCompiler.Describe(v)} at {Where(values)}",
                    "a division by zero, the log of 0 or the root of a negative number; change the expression or the parameters' values");
            if (v < min || v > max)
                throw new ElementValueException(Spec.At, $"'{Spec.Source}' is {Show(v)} at {Where(values)}, outside [{Show(min)}, {Show(max)}]",
                    "keep it in range while the parameters move");
        }
    }

    /// <summary>"mu = 0.2, s = 0.1": the variables an expression reads, as a message shows them.</summary>
    public string Where(double[] values)
    {
        var scope = Spec.Compiled.Scope;
        var parts = Enumerable.Range(0, scope.Count).Where(i => Spec.Compiled.Uses(scope[i])).Select(i => $"{scope[i]} = {Show(values[i])}").ToList();
        return parts.Count == 0 ? "every frame" : string.Join(", ", parts);
    }

    public static string Show(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
