using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence.Sqlite;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Resilience;

/// <summary>
/// SQLite's outages: a file another connection keeps locked past the busy timeout (Mirage's default, 1 s), a file that became read-only or unreadable,
/// and a full disk (SQLite's <c>max_page_count</c> stands in for it). Each answers clearly; reads keep working where the file
/// can still be read; shared files keep being served from their directory; nothing is half-written.
/// </summary>
public sealed class SqliteFaultEndpointTests
{
    private readonly string _path = TestDatabase.NewPath("faults");
    private readonly SqliteFaultInjector _faults = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private MirageApiFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _factory = new MirageApiFactory(
            DatabaseProvider.Sqlite,
            services => services
                .ConfigureDbContext<SqliteMirageDbContext>(options => options.AddInterceptors(_faults))
                .Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)),
            new Dictionary<string, string>([OutageFiles.MessageLifetimeSetting]) { ["ConnectionStrings:Mirage"] = $"Data Source={_path}" });
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
        TestDatabase.Delete(_path);
    }

    [Test]
    public async Task CreatePost_WhileAnotherConnectionHoldsTheWriteLock_Answers503InTimeWithTheDefaultBusyTimeout_AndReadsKeepWorking()
    {
        var author = await _client.RegisterAndLoginAsync(Names.Unique("locked"));
        // Unpooled, so that closing it ends the transaction (a pooled connection would keep it, and the lock).
        await using (var holder = new SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            await holder.OpenAsync();
            await using var hold = holder.CreateCommand();
            hold.CommandText = "BEGIN IMMEDIATE";
            await hold.ExecuteNonQueryAsync();

            await Outage.TimedAsync(() => _client.PostAsAsync(author, Routes.CreatePost, new { content = "blocked" }))
                .ShouldBeUnavailableInTimeAsync("post while locked");
            Assert.That((await _client.GetStatsAsync(author.Username)).Posts, Is.Zero, "reads work beside the lock");
        }

        await _client.CreatePostAsync(author, "after the lock");
        Assert.That((await _client.GetStatsAsync(author.Username)).Posts, Is.EqualTo(1));
    }

    [Test]
    public async Task Register_WhenTheFileHasBecomeReadOnly_Answers503InTime_AndReadsKeepWorking()
    {
        var existing = await _client.RegisterAndLoginAsync(Names.Unique("writable"));
        _faults.ReadOnly = true;
        try
        {
            await Outage.TimedAsync(() => _client.RegisterAsync(Names.Unique("readonly"))).ShouldBeUnavailableInTimeAsync("register");

            Assert.That((await _client.GetStatsAsync(existing.Username)).Posts, Is.Zero, "reads keep working");
        }
        finally
        {
            _faults.ReadOnly = false;
        }
    }

    [Test]
    public async Task SharedFiles_WhenTheFileHasBecomeUnreadable_AreServedFromTheDirectoryUntilTheirMessagesExpire_ButNeverOnceDeleted()
    {
        var files = await OutageFiles.ShareAsync(_client, _clock, _factory.FilesDirectory);
        _faults.Unreadable = true;
        try
        {
            await files.ShouldServeOnlyTheLiveOneAsync(_client);
        }
        finally
        {
            _faults.Unreadable = false;
        }
    }

    [Test]
    public async Task Register_WhenTheDiskIsFull_Answers507_StoresNothing_AndReadsKeepWorking()
    {
        var existing = await _client.RegisterAndLoginAsync(Names.Unique("before"));
        _faults.Full = true;
        try
        {
            // Each registration needs room; sooner or later one needs a page the file may not grow by.
            HttpResponseMessage? refused = null;
            string? refusedName = null;
            for (var attempt = 0; attempt < 200 && refused is null; attempt++)
            {
                refusedName = Names.Unique("full");
                var response = await _client.RegisterAsync(refusedName);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    response.Dispose();
                    continue;
                }

                refused = response;
            }

            Assert.That(refused, Is.Not.Null, "the disk never filled");
            using (refused)
            {
                await refused!.ShouldBeProblemAsync(507, "the server's storage is full, nothing was saved; try again later");
            }

            using var missing = await _client.GetAsync(Routes.User(refusedName!));
            using var found = await _client.GetAsync(Routes.User(existing.Username));
            using (Assert.EnterMultipleScope())
            {
                Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the refused account is not half-written");
                Assert.That(found.StatusCode, Is.EqualTo(HttpStatusCode.OK), "reads keep working");
            }
        }
        finally
        {
            _faults.Full = false;
        }
    }
}
