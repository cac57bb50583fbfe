using Mirage.Infrastructure.Css;

namespace Mirage.Tests.Infrastructure.Css;

public sealed class ScopedCssReaderTests
{
    private readonly CssSanitizer _sanitizer = new();

    [TestCase("h1 { color: red }")]
    [TestCase("body { filter: sepia(0.6) }\n.profile-box, #username { color: teal }")]
    [TestCase("@media (max-width: 600px) {\n  p, .post a:hover { margin: 0 }\n}\nh1 > em { color: red !important }")]
    public void Unscope_OfWhatMirageStoredScoped_GivesBackTheSameCssAsWritten(string written)
    {
        var stored = _sanitizer.Sanitize(written);

        Assert.That(ScopedCssReader.Unscope(stored.Scoped), Is.EqualTo(stored.Css));
    }

    [Test]
    public void Unscope_OfTheBareProfileBox_GivesBody()
    {
        Assert.That(ScopedCssReader.Unscope(".mirage-profile, .mirage-profile p { color: navy }"), Is.EqualTo("body, p { color: navy }"));
    }
}
