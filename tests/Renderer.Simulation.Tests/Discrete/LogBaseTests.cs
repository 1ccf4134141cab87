using Renderer.Simulation.Discrete;

namespace Renderer.Simulation.Tests.Discrete;

public class LogBaseTests
{
    [Fact]
    public void Bits_are_base_two()
    {
        Assert.Equal(3.0, LogBase.Bits.Log(8.0));
        Assert.Equal(-1.0, LogBase.Bits.Log(0.5));
    }

    [Fact]
    public void Nats_are_base_e()
    {
        Assert.Equal(1.0, LogBase.Nats.Log(Math.E), 15);
        Assert.Equal(Math.Log(0.3), LogBase.Nats.Log(0.3));
    }

    [Fact]
    public void Log_of_zero_is_negative_infinity() =>
        Assert.Equal(double.NegativeInfinity, LogBase.Bits.Log(0));

    [Fact]
    public void Units_are_named()
    {
        Assert.Equal("bits", LogBase.Bits.Unit());
        Assert.Equal("nats", LogBase.Nats.Unit());
    }
}
