using Mirage.Infrastructure.Css;

namespace Mirage.Tests.Infrastructure.Css;

public sealed class CssSanitizerTests
{
    private readonly CssSanitizer _sanitizer = new();

    [Test]
    public void Sanitize_WithPlainStyleRule_KeepsItAsWrittenAndScopedToTheProfile()
    {
        var result = _sanitizer.Sanitize("h1 { color: red; font-size: 2em }");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Css, Is.EqualTo("h1 { color: red; font-size: 2em }"));
            Assert.That(result.Scoped, Is.EqualTo(".mirage-profile h1 { color: red; font-size: 2em }"));
            Assert.That(result.Removed, Is.Empty);
            Assert.That(result.DeclarationCount, Is.EqualTo(2));
        }
    }

    [Test]
    public void Sanitize_WithHttpsBackgroundShorthand_KeepsTheWholeValue()
    {
        var result = _sanitizer.Sanitize(".card { background: #fff url(https://img.example.com/bg.png) no-repeat; border-radius: 4px }");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Css, Is.EqualTo(
                ".card { background: #fff url(\"https://img.example.com/bg.png\") no-repeat; border-radius: 4px }"));
            Assert.That(result.Removed, Is.Empty);
        }
    }

    [Test]
    public void Sanitize_WithMediaRule_KeepsTheConditionAndScopesTheRulesInside()
    {
        var result = _sanitizer.Sanitize("@media (max-width: 600px) { p { margin: 0 } }");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Css, Is.EqualTo("@media (max-width: 600px) {\n  p { margin: 0 }\n}"));
            Assert.That(result.Scoped, Is.EqualTo("@media (max-width: 600px) {\n  .mirage-profile p { margin: 0 }\n}"));
            Assert.That(result.Removed, Is.Empty);
        }
    }

    [Test]
    public void Sanitize_WithSelectorList_ScopesEachSelector()
    {
        var result = _sanitizer.Sanitize("h1, p a:hover { color: blue }");

        Assert.That(result.Css, Is.EqualTo("h1, p a:hover { color: blue }"));
        Assert.That(result.Scoped, Is.EqualTo(".mirage-profile h1, .mirage-profile p a:hover { color: blue }"));
    }

    [Test]
    public void Sanitize_WithBodyHtmlOrRoot_KeepsThemAsWrittenAndScopesThemToTheProfileBoxItself()
    {
        var result = _sanitizer.Sanitize("body, html, :root { color: navy } body p, html body > p { margin: 0 }");

        Assert.That(result.Css, Is.EqualTo("body, html, :root { color: navy }\nbody p, html body>p { margin: 0 }"));
        Assert.That(result.Scoped, Is.EqualTo(
            ".mirage-profile, .mirage-profile, .mirage-profile { color: navy }\n.mirage-profile p, .mirage-profile >p { margin: 0 }"));
    }

    [Test]
    public void Sanitize_WithTheFirstWebClientsOwnExample_KeepsItForTheWholePage()
    {
        // css_docs.html of the first web client; it applies custom_css to its whole profile page.
        var result = _sanitizer.Sanitize("body { filter: sepia(0.6) }\n.profile-box { border: 2px dashed #c0a }\n#username { color: teal }\n.post { opacity: 0.9 }");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Css, Is.EqualTo(
                "body { filter: sepia(0.6) }\n.profile-box { border: 2px dashed #c0a }\n#username { color: teal }\n.post { opacity: 0.9 }"));
            Assert.That(result.Scoped, Is.EqualTo(
                ".mirage-profile { filter: sepia(0.6) }\n.mirage-profile .profile-box { border: 2px dashed #c0a }\n"
                + ".mirage-profile #username { color: teal }\n.mirage-profile .post { opacity: 0.9 }"));
            Assert.That(result.Removed, Is.Empty);
        }
    }

    [Test]
    public void Sanitize_WithImportant_KeepsIt()
    {
        var result = _sanitizer.Sanitize("p { color: red !important }");

        Assert.That(result.Css, Is.EqualTo("p { color: red !important }"));
    }

    [TestCase("position: absolute")]
    [TestCase("position: relative")]
    [TestCase("transform: rotate(45deg) translate(1px, 2px)")]
    [TestCase("font-family: \"Comic Sans\", serif")]
    [TestCase("background-image: linear-gradient(to right, rgba(0, 0, 0, 0.5), #fff)")]
    [TestCase("display: flex; flex-direction: column; justify-content: center; gap: 1em")]
    public void Sanitize_WithHarmlessDeclarations_KeepsThemUnchanged(string declarations)
    {
        var result = _sanitizer.Sanitize($".x {{ {declarations} }}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Css, Is.EqualTo($".x {{ {declarations} }}"));
            Assert.That(result.Scoped, Is.EqualTo($".mirage-profile .x {{ {declarations} }}"));
            Assert.That(result.Removed, Is.Empty);
        }
    }

    [Test]
    public void Sanitize_WithEveryDeclarationRemoved_OmitsTheRule()
    {
        var result = _sanitizer.Sanitize("p { content: 'x' } h1 { color: red }");

        Assert.That(result.Css, Is.EqualTo("h1 { color: red }"));
    }

    [Test]
    public void Sanitize_CountsEveryDeclarationIncludingRemovedOnesAndThoseInsideMedia()
    {
        var result = _sanitizer.Sanitize("p { color: red; behavior: url(x.htc) } @media print { a { margin: 0; content: 'x' } }");

        Assert.That(result.DeclarationCount, Is.EqualTo(4));
    }

    [Test]
    public void Sanitize_With201Declarations_Counts201()
    {
        var css = string.Join("\n", Enumerable.Range(0, 201).Select(i => $".c{i} {{ color: red }}"));

        Assert.That(_sanitizer.Sanitize(css).DeclarationCount, Is.EqualTo(201));
    }

    [Test]
    public void Sanitize_WithNothing_ReturnsNothingAndRemovesNothing()
    {
        var result = _sanitizer.Sanitize(string.Empty);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Css, Is.Empty);
            Assert.That(result.Removed, Is.Empty);
        }
    }

    // AngleSharp throws on some of these (a late @namespace); the answer is no CSS and a reason, never an error.
    [TestCase("{{{{", "unreadable CSS at line 1, column 1")]
    [TestCase("p { color: \"unbalanced }", "value of 'color'")]
    [TestCase("p { color: red\0; }\0\0 \"((((", "unreadable CSS at line 1, column 23")]
    [TestCase("p { color: red } @namespace x url(y);", "all of the CSS: it could not be parsed")]
    [TestCase("@-moz-document url-prefix() { p { color: red } }", "at-rule @-moz-document")]
    [TestCase("}}}} ;;; @media { @media ( { p { : ; } ] ) \\", "unreadable CSS at line 1, column 1")]
    public void Sanitize_WithGarbage_ReturnsNoCssAndSaysWhy(string css, string reason)
    {
        var result = _sanitizer.Sanitize(css);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Css, Is.Empty);
            Assert.That(result.Scoped, Is.Empty);
            Assert.That(result.Removed, Has.Some.StartsWith(reason));
        }
    }

    [Test]
    public void Sanitize_WithTenKilobytesOfOpeningBraces_ReturnsNoCss()
    {
        Assert.That(_sanitizer.Sanitize(new string('{', 10_240)).Css, Is.Empty);
    }

    [Test]
    public void Sanitize_WithHugeRemovedValue_KeepsEachRemovalLineShort()
    {
        var result = _sanitizer.Sanitize($"p {{ width: expression({new string('x', 5_000)}) }}");

        Assert.That(result.Removed, Has.Count.EqualTo(1).And.All.Length.LessThanOrEqualTo(200));
    }

    [Test]
    public void Sanitize_WithThousandsOfRemovals_CapsTheList()
    {
        var css = string.Join("\n", Enumerable.Range(0, 1_000).Select(i => $".c{i} {{ content: 'x' }}"));

        Assert.That(_sanitizer.Sanitize(css).Removed, Has.Count.LessThanOrEqualTo(101));
    }
}
