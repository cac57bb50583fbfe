using Mirage.Domain.Files;

namespace Mirage.Tests.Domain.Files;

public sealed class FileSettingsTests
{
    [Test]
    public void Defaults_AreTheDirectoryStoreAndTenMebibytes()
    {
        var settings = new FileSettings();

        Assert.That((settings.Problem, settings.StoreKind, settings.MaxBytes), Is.EqualTo(((string?)null, FileStoreKind.Directory, 10L * 1024 * 1024)));
    }

    [TestCase("database", FileStoreKind.Database)]
    [TestCase(" Directory ", FileStoreKind.Directory)]
    public void Store_IsMatchedByNameIgnoringCase(string store, FileStoreKind expected) =>
        Assert.That(new FileSettings { Store = store }.StoreKind, Is.EqualTo(expected));

    [TestCase("S3", 1, "Files:Store is 'S3'")]
    [TestCase("1", 1, "Files:Store is '1'")]
    [TestCase("Database", 0, "Files:MaxBytes must be at least 1.")]
    public void Problem_NamesTheWrongSetting(string store, long maxBytes, string problem) =>
        Assert.That(new FileSettings { Store = store, MaxBytes = maxBytes }.Problem, Does.StartWith(problem));

    [Test]
    public void Problem_OfTheDirectoryStoreWithoutADirectory_SaysSo() =>
        Assert.That(new FileSettings { Directory = " " }.Problem, Is.EqualTo("Files:Directory must name a directory."));
}
