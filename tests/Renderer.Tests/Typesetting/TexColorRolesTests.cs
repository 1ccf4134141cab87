using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Themes;
using Renderer.Typesetting;

namespace Renderer.Tests.Typesetting;

/// <summary>
/// Colour roles in formulas: \P, \Q and role names in \color are rewritten into allow-listed colour commands with the
/// theme's values before TeX and before the guard; nothing else changes, and \P itself never passes the guard.
/// </summary>
public sealed class TexColorRolesTests
{
    [Fact]
    public void P_Q_and_role_names_become_the_theme_s_rgb_colours()
    {
        Assert.Equal(@"H(\textcolor[rgb]{0.337,0.706,0.914}{P}, \textcolor[rgb]{0.902,0.624,0}{Q})", TexColorRoles.Apply(@"H(\P{P}, \Q{Q})", Theme.Dark));
        Assert.Equal(@"\textcolor[rgb]{0,0.447,0.698}{x}", TexColorRoles.Apply(@"\P{x}", Theme.Light));
        Assert.Equal(@"{\color[rgb]{0.184,0.749,0.561} a} + \textcolor[rgb]{0.941,0.894,0.259}{b}", TexColorRoles.Apply(@"{\color{accent} a} + \textcolor{ highlight }{b}", Theme.Dark));
    }

    [Theory]
    [InlineData(@"\Pr(X) + \Qquad")]          // longer control words that start with P or Q
    [InlineData(@"a \\P b")]                  // a line break, then the letter P
    [InlineData(@"\color{red} x \textcolor{orange}{y}")] // TeX's own colour names stay TeX's
    [InlineData(@"\color{accent")]            // no closing brace: left for the guard to refuse
    [InlineData("x^2 + y^2")]
    public void Everything_else_is_left_as_it_is(string tex) => Assert.Equal(tex, TexColorRoles.Apply(tex, Theme.Dark));

    [Fact]
    public void The_guard_accepts_the_rewritten_roles_and_refuses_P_itself_and_any_smuggled_P()
    {
        TexSourceGuard.Validate(TexColorRoles.ForGuard(@"H(\P{P},\Q{Q}) = -\sum_x \P{P(x)} \log \Q{Q(x)} + {\color{accent} 1}"));
        Assert.Contains(@"\P", Assert.Throws<TexException>(() => TexSourceGuard.Validate(@"\P{x}")).Message);
        // Caret notation is decoded by the guard, after the rewrite: ^^5cP is \P, which is not on the allow-list.
        Assert.Throws<TexException>(() => TexSourceGuard.Validate(TexColorRoles.ForGuard("^^5cP{x}")));
        // A role argument cannot carry anything past the guard: only a known role name is replaced.
        Assert.Throws<TexException>(() => TexSourceGuard.Validate(TexColorRoles.ForGuard(@"\color{\input{/etc/passwd}}")));
    }

    [Fact]
    public void A_scene_may_use_roles_in_any_formula_and_validation_checks_what_TeX_will_get()
    {
        SceneLoader.Load("""
            title: 'Roles in a title: $\P{P}$'
            slides:
              - duration: 2s
                elements:
                  - { math: 'H(\P{P}, \Q{Q}) = {\color{accent} 1}' }
                  - { text: 'inline $\Q{Q(x)}$ too' }
            """, "s.yaml");
        var errors = Assert.Throws<SceneValidationException>(() => SceneLoader.Load("""
            title: t
            slides:
              - duration: 2s
                elements:
                  - { math: '\P{x} + ^^5cP{y}' }
            """, "s.yaml")).Diagnostics;
        Assert.Contains(errors, d => d.Message.Contains("TeX:") && d.Position.Line == 5);
    }
}
