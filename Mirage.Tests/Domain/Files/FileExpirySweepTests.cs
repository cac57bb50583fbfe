using Mirage.Domain.Files;
using Mirage.Tests.Builders;
using Moq;

namespace Mirage.Tests.Domain.Files;

public sealed class FileExpirySweepTests
{
    private static readonly DateTime Now = TestClock.Start.UtcDateTime;

    [Test]
    public async Task Sweep_DeletesTheBytesOfEveryExpiredFileBeforeItsRow_BatchAfterBatch()
    {
        var first = Enumerable.Range(0, SharedFileRemoval.BatchSize).Select(_ => FileId.New()).ToList();
        var second = new List<string> { FileId.New() };
        var files = new Mock<ISharedFileRepository>();
        files.SetupSequence(f => f.ListExpiredAsync(Now, SharedFileRemoval.BatchSize, It.IsAny<CancellationToken>()))
            .ReturnsAsync(first)
            .ReturnsAsync(second);
        var store = new Mock<IFileStore>();
        var log = new List<string>();
        store.Setup(s => s.DeleteAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).Callback((string id, CancellationToken _) => log.Add("bytes " + id));
        files.Setup(f => f.DeleteAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .Callback((IReadOnlyCollection<string> ids, CancellationToken _) => log.Add("rows " + ids.Count));

        var deleted = await new FileExpirySweep(new SharedFileRemoval(files.Object, store.Object)).SweepAsync(Now, CancellationToken.None);

        Assert.That(deleted, Is.EqualTo(SharedFileRemoval.BatchSize + 1));
        Assert.That(log[SharedFileRemoval.BatchSize], Is.EqualTo("rows " + SharedFileRemoval.BatchSize), "a batch's rows go after its bytes");
        Assert.That(log[^1], Is.EqualTo("rows 1"));
        Assert.That(log.Count(l => l.StartsWith("bytes", StringComparison.Ordinal)), Is.EqualTo(SharedFileRemoval.BatchSize + 1));
    }
}
