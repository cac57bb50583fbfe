using System.Net;
using Microsoft.EntityFrameworkCore;
using Mirage.Infrastructure.Persistence.Postgres;
using Mirage.Tests.Api.Scale;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.ScaleOut;

/// <summary>
/// Two Mirage server processes on two ports against one PostgreSQL database, as behind a load balancer
/// without sticky sessions: sessions, lock-outs and stats must live in the database, not in a process.
/// </summary>
public sealed class TwoServersOnePostgresTests
{
    private const string LockedOut = "too many failed attempts, try again later";

    private string? _connectionString;
    private Task<ServerProcess>[] _starting = [];
    private ServerProcess _first = null!;
    private ServerProcess _second = null!;

    [OneTimeSetUp]
    public async Task StartTwoServersAsync()
    {
        if (!PostgresTestDatabase.IsConfigured)
        {
            Assert.Ignore($"The scale-out test needs a PostgreSQL server: set {PostgresTestDatabase.ServerVariable} (.ci/run starts one).");
        }

        _connectionString = PostgresTestDatabase.Create();
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Mirage"] = _connectionString,
            ["RateLimiting__Enabled"] = "false",
            ["PasswordHashing__MaxQueued"] = "1000",
            ["PasswordHashing__MaxWait"] = "-00:00:00.001",
        };

        // Both start at once, so both apply the migrations to the same empty database at the same time.
        _starting = [ServerProcess.StartAsync(settings), ServerProcess.StartAsync(settings)];
        var servers = await Task.WhenAll(_starting);
        (_first, _second) = (servers[0], servers[1]);
    }

    [OneTimeTearDown]
    public async Task StopServersAsync()
    {
        foreach (var starting in _starting.Where(s => s.IsCompletedSuccessfully))
        {
            await starting.Result.DisposeAsync();
        }

        if (_connectionString is not null)
        {
            PostgresTestDatabase.Drop(_connectionString);
        }
    }

    [Test]
    public async Task Login_OnTheOtherServer_GivesATokenThatWorksOnBoth()
    {
        var username = Names.Unique("across");
        using var registered = await _first.Client.RegisterAsync(username);
        var token = await _second.Client.LoginForTokenAsync(username);

        using var meOnFirst = await _first.Client.GetWithTokenAsync(Routes.Me, token);
        using var meOnSecond = await _second.Client.GetWithTokenAsync(Routes.Me, token);

        Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await meOnFirst.ReadJsonAsync())["username"]?.GetValue<string>(), Is.EqualTo(username));
        Assert.That((await meOnSecond.ReadJsonAsync())["username"]?.GetValue<string>(), Is.EqualTo(username));
    }

    [Test]
    public async Task Logout_OnOneServer_RejectsTheTokenOnTheOtherAtOnce()
    {
        var account = await _first.Client.RegisterAndLoginAsync(Names.Unique("logout"));
        using var before = await _second.Client.GetWithTokenAsync(Routes.Me, account.Token);

        using var logout = await _second.Client.LogoutWithHeaderAsync(account.Token);
        using var after = await _first.Client.GetWithTokenAsync(Routes.Me, account.Token);

        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.OK), await logout.Content.ReadAsStringAsync());
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Lockout_AfterFailuresSpreadOverBothServers_HoldsOnBoth()
    {
        var account = await _first.Client.RegisterAndLoginAsync(Names.Unique("lock"));

        // Three failures on one server and two on the other: only a shared count reaches the threshold of five.
        foreach (var server in new[] { _first, _second, _first, _second, _first })
        {
            using var failed = await server.Client.LoginAsync(account.Username, "not the password");
            Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), await failed.Content.ReadAsStringAsync());
        }

        using var lockedOnFirst = await _first.Client.LoginAsync(account.Username, account.Password);
        using var lockedOnSecond = await _second.Client.LoginAsync(account.Username, account.Password);

        await lockedOnFirst.ShouldBeProblemAsync(429, LockedOut);
        await lockedOnSecond.ShouldBeProblemAsync(429, LockedOut);
    }

    [Test]
    public async Task ConcurrentFollowsAndVotes_SentToBothServers_KeepEveryStatExact()
    {
        var users = new List<TestAccount>();
        var posts = new List<(TestAccount Author, long Id)>();
        for (var i = 0; i < 10; i++)
        {
            var server = i % 2 == 0 ? _first : _second;
            var user = await server.Client.RegisterAndLoginAsync(Names.Unique("scale"));
            users.Add(user);
            posts.Add((user, await server.Client.CreatePostAsync(user, $"post of {user.Username}")));
        }

        // Everyone follows everyone else at once, and everyone upvotes every other post at once.
        var everyFollow = users.SelectMany(follower => users.Where(u => u != follower).Select(followee => SocialRequest.Follow(follower, followee)));
        var everyUpvote = users.SelectMany(voter => posts.Where(p => p.Author != voter).Select(post => SocialRequest.Vote(voter, post.Id, "up")));
        var first = await SendSpreadOverBothAsync([.. everyFollow, .. everyUpvote], new Random(7));
        Assert.That(first.Select(a => a.Status), Is.All.EqualTo(HttpStatusCode.OK), SocialRun.Summary(first));
        foreach (var user in users)
        {
            var stats = await _second.Client.GetStatsAsync(user.Username);
            Assert.That((stats.Followers, stats.Following, stats.Upvotes), Is.EqualTo((9, 9, 9)), user.Username);
        }

        // Then a storm of flips, withdrawals and unfollows on the same rows.
        var random = new Random(42);
        var storm = Enumerable.Range(0, 300).Select(_ =>
        {
            var sender = users[random.Next(users.Count)];
            var post = posts[random.Next(posts.Count)];
            return random.Next(4) switch
            {
                0 => SocialRequest.Vote(sender, post.Id, "down"),
                1 => SocialRequest.Unvote(sender, post.Id),
                2 => SocialRequest.Unfollow(sender, post.Author),
                _ => SocialRequest.Follow(sender, post.Author),
            };
        }).ToList();
        var second = await SendSpreadOverBothAsync(storm, random);

        SocialRun.AssertNoServerErrors(second);
        await using var db = OpenDatabase();
        Assert.That(await StatsRecount.FindMismatchesAsync(db), Is.Empty);
        foreach (var user in users)
        {
            Assert.That(await _first.Client.GetStatsAsync(user.Username), Is.EqualTo(await _second.Client.GetStatsAsync(user.Username)));
        }
    }

    // Each request goes to one of the two servers at random, all of them at once.
    private async Task<IReadOnlyList<SocialRun.Answer>> SendSpreadOverBothAsync(IReadOnlyList<SocialRequest> requests, Random random)
    {
        var servers = requests.Select(_ => random.Next(2) == 0 ? _first : _second).ToList();
        return await Task.WhenAll(requests.Select(async (request, i) =>
        {
            using var response = await servers[i].Client.PostAsAsync(request.Sender, request.Path, request.Body);
            return new SocialRun.Answer(request, response.StatusCode, await response.Content.ReadAsStringAsync());
        }));
    }

    private PostgresMirageDbContext OpenDatabase()
    {
        var options = new DbContextOptionsBuilder<PostgresMirageDbContext>();
        options.UseMiragePostgres(_connectionString!);
        return new PostgresMirageDbContext(options.Options);
    }
}
