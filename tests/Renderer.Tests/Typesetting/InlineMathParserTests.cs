using Renderer.Typesetting;

namespace Renderer.Tests.Typesetting;

public class InlineMathParserTests
{
    [Fact]
    public void Plain_text_is_one_run()
    {
        Assert.Equal([new TextRun("no math here", false)], InlineMathParser.Split("no math here"));
    }

    [Fact]
    public void Math_between_dollars()
    {
        var runs = InlineMathParser.Split(@"Each draw costs $-\log_2 Q(x)$ bits.");

        Assert.Equal(
            [new TextRun("Each draw costs ", false), new TextRun(@"-\log_2 Q(x)", true), new TextRun(" bits.", false)],
            runs);
    }

    [Fact]
    public void Math_at_both_ends_and_side_by_side()
    {
        Assert.Equal(
            [new TextRun("a", true), new TextRun("b", true), new TextRun(" and ", false), new TextRun("c", true)],
            InlineMathParser.Split("$a$$ b $ and $c$"));
    }

    [Fact]
    public void Escaped_dollar_is_literal_text()
    {
        Assert.Equal([new TextRun("costs $5, or $x$", false)], InlineMathParser.Split(@"costs \$5, or \$x\$"));
        Assert.Equal(
            [new TextRun("price ", false), new TextRun(@"\$5 + x", true), new TextRun(@" \ ok", false)],
            InlineMathParser.Split(@"price $\$5 + x$ \\ ok"));
    }

    [Fact]
    public void Unclosed_dollar_is_an_error_with_its_column()
    {
        var result = InlineMathParser.TrySplit("mean depth $L = 1.75");

        Assert.False(result.IsSuccess);
        Assert.Equal(1, result.Line);
        Assert.Equal(12, result.Column);
        Assert.Contains("unclosed", result.Error);
        var e = Assert.Throws<InlineMathException>(() => InlineMathParser.Split("mean depth $L = 1.75"));
        Assert.Equal(12, e.Column);
        Assert.Contains("column 12", e.Message);
    }

    [Fact]
    public void Error_position_counts_lines()
    {
        var result = InlineMathParser.TrySplit("first $a$\nsecond $b");

        Assert.Equal(2, result.Line);
        Assert.Equal(8, result.Column);
    }

    [Theory]
    [InlineData("$$x$$")]
    [InlineData("empty $ $ math")]
    [InlineData(@"ends in $x\$")]
    public void Other_malformed_math_is_an_error(string text)
    {
        Assert.False(InlineMathParser.TrySplit(text).IsSuccess);
    }

    [Fact]
    public void Empty_text_has_no_runs()
    {
        Assert.Empty(InlineMathParser.Split(""));
    }
}
