using Mirage.Domain.Files;
using Mirage.Infrastructure.Files;

namespace Mirage.Tests.Infrastructure.Files;

public sealed class DirectoryFileStoreTests
{
    private string _directory = null!;
    private DirectoryFileStore _store = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = Path.Combine(Path.GetTempPath(), "mirage-store-" + Guid.NewGuid().ToString("N"));
        _store = new DirectoryFileStore(_directory);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task Save_ThenOpen_GivesTheBytesBack_AndDeleteRemovesThem()
    {
        var id = FileId.New();

        await _store.SaveAsync(id, new MemoryStream([1, 2, 3]), CancellationToken.None);
        await using (var opened = await _store.OpenAsync(id, CancellationToken.None))
        {
            using var copy = new MemoryStream();
            await opened!.CopyToAsync(copy);
            Assert.That(copy.ToArray(), Is.EqualTo(new byte[] { 1, 2, 3 }));
        }

        await _store.DeleteAsync(id, CancellationToken.None);
        Assert.That(await _store.OpenAsync(id, CancellationToken.None), Is.Null);
        Assert.That(Directory.GetFiles(_directory), Is.Empty);
    }

    [Test]
    public async Task Save_WhenReadingTheUploadFails_LeavesNothingBehind()
    {
        var id = FileId.New();
        var tooLarge = new SizeLimitedStream(new MemoryStream(new byte[100]), 10, new ContentSniffer());

        Assert.ThrowsAsync<FileTooLargeException>(() => _store.SaveAsync(id, tooLarge, CancellationToken.None));

        Assert.That(Directory.GetFiles(_directory), Is.Empty);
        Assert.That(await _store.OpenAsync(id, CancellationToken.None), Is.Null);
    }

    [TestCase("../../../../etc/passwd")]
    [TestCase("..")]
    [TestCase("AAAAAAAAAAAAAAAAAAAA/.")]
    public void EveryOperation_RefusesAnIdThatIsNotOneOfOurs(string id)
    {
        Assert.ThrowsAsync<ArgumentException>(() => _store.SaveAsync(id, new MemoryStream([1]), CancellationToken.None));
        Assert.ThrowsAsync<ArgumentException>(() => _store.OpenAsync(id, CancellationToken.None));
        Assert.ThrowsAsync<ArgumentException>(() => _store.DeleteAsync(id, CancellationToken.None));
    }

    [Test]
    public async Task Delete_OfNothing_IsNoError() =>
        await _store.DeleteAsync(FileId.New(), CancellationToken.None);
}
