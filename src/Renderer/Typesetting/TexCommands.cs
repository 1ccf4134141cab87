using System.Collections.Frozen;

namespace Renderer.Typesetting;

/// <summary>
/// The control sequences scene TeX may use: the maths commands of the preamble's packages (and the text commands
/// a formula legitimately uses inside <c>\text{…}</c>), a committed list rather than whatever the installed TeX
/// happens to define, so that what a scene may say is the same on every machine.
/// </summary>
/// <remarks>
/// Left out on purpose, although harmless to read: commands that take a length and have no use in an explainer's
/// formula (<c>\hspace</c>, <c>\kern</c>, <c>\raisebox</c>, <c>\genfrac</c>'s rule thickness, <c>\above</c>, …), and
/// everything of the old deny-list (<see cref="TexSourceGuard.Reserved"/>). <c>\rule</c> stays (struts); however large
/// a formula gets, drawing it costs bounded memory (a sprite that would be huge is drawn directly instead).
/// A name here that the installed TeX does not define is harmless: TeX reports it as undefined.
/// </remarks>
public static class TexCommands
{
    /// <summary>Control words allowed with the fixed preamble (LaTeX maths, amsmath, amssymb, bm, color).</summary>
    public static readonly FrozenSet<string> Base = Words("""
        alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa varkappa lambda mu nu xi pi varpi
        rho varrho sigma varsigma tau upsilon phi varphi chi psi omega digamma
        Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega
        varGamma varDelta varTheta varLambda varXi varPi varSigma varUpsilon varPhi varPsi varOmega

        pm mp times div cdot ast star circ bullet oplus ominus otimes oslash odot bigcirc dagger ddagger amalg cap cup
        uplus sqcap sqcup vee wedge lor land setminus smallsetminus wr diamond bigtriangleup bigtriangledown
        triangleleft triangleright dotplus ltimes rtimes Cap Cup doublecap doublecup barwedge veebar doublebarwedge
        boxminus boxtimes boxdot boxplus divideontimes leftthreetimes rightthreetimes curlywedge curlyvee circleddash
        circledast circledcirc centerdot intercal

        leq le geq ge neq ne equiv sim simeq asymp approx cong subset supset subseteq supseteq sqsubset sqsupset
        sqsubseteq sqsupseteq in ni owns notin prec succ preceq succeq ll gg mid parallel perp propto models vdash dashv
        smile frown bowtie doteq colon
        leqq leqslant eqslantless lesssim lessapprox approxeq lessdot lll llless lessgtr lesseqgtr lesseqqgtr doteqdot
        Doteq risingdotseq fallingdotseq backsim backsimeq subseteqq Subset preccurlyeq curlyeqprec precsim precapprox
        vartriangleleft trianglelefteq vDash Vvdash smallsmile smallfrown bumpeq Bumpeq geqq geqslant eqslantgtr gtrsim
        gtrapprox gtrdot ggg gggtr gtrless gtreqless gtreqqless eqcirc circeq triangleq thicksim thickapprox supseteqq
        Supset succcurlyeq curlyeqsucc succsim succapprox vartriangleright trianglerighteq Vdash shortmid shortparallel
        between pitchfork varpropto blacktriangleleft therefore backepsilon blacktriangleright because
        nless nleq nleqslant nleqq lneq lneqq lvertneqq lnsim lnapprox nprec npreceq precneqq precnsim precnapprox nsim
        nshortmid nmid nvdash nvDash ntriangleleft ntrianglelefteq nsubseteq subsetneq varsubsetneq subsetneqq
        varsubsetneqq ngtr ngeq ngeqslant ngeqq gneq gneqq gvertneqq gnsim gnapprox nsucc nsucceq succneqq succnsim
        succnapprox ncong nshortparallel nparallel nVdash nVDash ntriangleright ntrianglerighteq nsupseteq nsupseteqq
        supsetneq varsupsetneq supsetneqq varsupsetneqq

        leftarrow gets rightarrow to uparrow downarrow updownarrow Leftarrow Rightarrow Uparrow Downarrow Updownarrow
        leftrightarrow Leftrightarrow longleftarrow longrightarrow longleftrightarrow Longleftarrow Longrightarrow
        Longleftrightarrow mapsto longmapsto hookleftarrow hookrightarrow leftharpoonup leftharpoondown rightharpoonup
        rightharpoondown rightleftharpoons nearrow searrow swarrow nwarrow iff implies impliedby leadsto
        dashrightarrow dashleftarrow leftleftarrows leftrightarrows Lleftarrow twoheadleftarrow leftarrowtail
        looparrowleft leftrightharpoons curvearrowleft circlearrowleft Lsh upuparrows upharpoonleft downharpoonleft
        multimap leftrightsquigarrow rightrightarrows rightleftarrows twoheadrightarrow rightarrowtail looparrowright
        curvearrowright circlearrowright Rsh downdownarrows upharpoonright restriction downharpoonright
        rightsquigarrow nleftarrow nrightarrow nLeftarrow nRightarrow nleftrightarrow nLeftrightarrow
        xleftarrow xrightarrow

        infty nabla partial forall exists nexists emptyset varnothing aleph beth gimel daleth hbar hslash imath jmath ell
        wp Re Im prime backprime surd top bot angle measuredangle sphericalangle triangle triangledown vartriangle square
        blacksquare lozenge blacklozenge bigstar blacktriangle blacktriangledown clubsuit diamondsuit heartsuit
        spadesuit flat natural sharp neg lnot diagup diagdown complement eth Finv Game mho Box Diamond checkmark
        circledR circledS maltese yen Bbbk
        ldots cdots vdots ddots dots dotsc dotsb dotsm dotsi dotso cdotp ldotp

        langle rangle lceil rceil lfloor rfloor lbrace rbrace lbrack rbrack lvert rvert lVert rVert vert Vert backslash
        ulcorner urcorner llcorner lrcorner lgroup rgroup lmoustache rmoustache arrowvert Arrowvert bracevert
        left right middle big Big bigg Bigg bigl bigr bigm Bigl Bigr Bigm biggl biggr biggm Biggl Biggr Biggm

        sum prod coprod int iint iiint iiiint idotsint oint bigcap bigcup bigsqcup bigvee bigwedge bigodot bigotimes
        bigoplus biguplus smallint
        arccos arcsin arctan arg cos cosh cot coth csc deg det dim exp gcd hom inf ker lg lim liminf limsup ln log max
        min Pr sec sin sinh sup tan tanh injlim projlim varinjlim varprojlim varliminf varlimsup
        bmod pmod pod mod

        hat widehat check tilde widetilde acute grave dot ddot dddot ddddot breve bar vec mathring overline underline
        overbrace underbrace overleftarrow overrightarrow overleftrightarrow underleftarrow underrightarrow
        underleftrightarrow

        frac dfrac tfrac cfrac binom dbinom tbinom sqrt root of stackrel overset underset substack sideset over atop
        choose brace brack

        mathrm mathit mathbf mathsf mathtt mathcal mathbb mathfrak mathnormal boldsymbol bm pmb operatorname
        displaystyle textstyle scriptstyle scriptscriptstyle limits nolimits
        mathop mathbin mathrel mathord mathopen mathclose mathpunct mathinner not relax ensuremath

        quad qquad enspace thinspace medspace thickspace negthinspace negmedspace negthickspace
        phantom hphantom vphantom smash mathstrut strut llap rlap

        rule text mbox textrm textit textbf textsf texttt textup textnormal textsl textsc emph fbox boxed
        rm it bf sf tt
        tiny scriptsize footnotesize small normalsize large Large LARGE huge Huge
        color textcolor colorbox fcolorbox
        hline multicolumn nonumber notag
        """);

    /// <summary>Control words that an allow-listed extra package adds (<see cref="TexPreamble.AllowedPackages"/>).</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> ByPackage = new Dictionary<string, FrozenSet<string>>
    {
        ["mathtools"] = Words("""
            coloneqq Coloneqq coloneq Coloneq eqqcolon Eqqcolon eqcolon Eqcolon colonapprox Colonapprox colonsim Colonsim
            dblcolon vcentcolon mathclap mathllap mathrlap cramped xleftrightarrow xLeftarrow xRightarrow xLeftrightarrow
            xhookleftarrow xhookrightarrow xmapsto xrightharpoondown xrightharpoonup xleftharpoondown xleftharpoonup
            xrightleftharpoons xleftrightharpoons underbracket overbracket underparen overparen lparen rparen splitfrac
            splitdfrac adjustlimits smashoperator
            """),
        ["cancel"] = Words("cancel bcancel xcancel cancelto"),
        ["upgreek"] = Words("""
            upalpha upbeta upgamma updelta upepsilon upvarepsilon upzeta upeta uptheta upvartheta upiota upkappa
            uplambda upmu upnu upxi uppi upvarpi uprho upvarrho upsigma upvarsigma uptau upupsilon upphi upvarphi upchi
            uppsi upomega Upgamma Updelta Uptheta Uplambda Upxi Uppi Upsigma Upupsilon Upphi Uppsi Upomega
            """),
        ["mathrsfs"] = Words("mathscr"),
        ["latexsym"] = Words("lhd rhd unlhd unrhd Join"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Control symbols (a backslash and one non-letter) a formula may use: spacing, escaped specials, <c>\\</c>.</summary>
    public static readonly FrozenSet<char> Symbols = new[]
    {
        ',', ';', ':', '!', ' ', '\\', '{', '}', '$', '%', '&', '#', '_', '|', '>', '/', '*', '\n', '\t',
    }.ToFrozenSet();

    /// <summary>Which allow-listed package provides <paramref name="name"/>, for a helpful message; null if none does.</summary>
    public static string? PackageOf(string name) =>
        ByPackage.FirstOrDefault(p => p.Value.Contains(name)).Key;

    private static FrozenSet<string> Words(string list) =>
        list.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
