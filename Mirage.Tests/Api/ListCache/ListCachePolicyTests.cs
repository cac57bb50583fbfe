using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Mirage.Api.ListCache;

namespace Mirage.Tests.Api.ListCache;

/// <summary>What the policy lets the output cache keep, and under which tags.</summary>
public sealed class ListCachePolicyTests
{
    private readonly ListCachePolicy _policy = new(http => ListCacheTags.ForRouteUsername(ListCacheTags.PostsOf, http.Request.RouteValues["username"]));
    private ListCacheVersions _versions;
    private ServiceProvider _services;

    [SetUp]
    public void SetUp()
    {
        _versions = new ListCacheVersions();
        _services = new ServiceCollection()
            .AddSingleton(_versions)
            .AddSingleton(Options.Create(new ListCacheSettings { Lifetime = TimeSpan.FromSeconds(5) }))
            .BuildServiceProvider();
    }

    [TearDown]
    public void TearDown() => _services.Dispose();

    [Test]
    public async Task CacheRequestAsync_ForAGet_KeepsTheAnswerForTheLifetimeUnderTheListsTagAndEveryListsTag()
    {
        var context = Context("GET", " Ann ");

        await _policy.CacheRequestAsync(context, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((context.EnableOutputCaching, context.AllowCacheLookup, context.AllowCacheStorage), Is.EqualTo((true, true, true)));
            Assert.That(context.Tags, Is.EquivalentTo(new[] { "posts:ann", ListCacheTags.All }));
            Assert.That(context.ResponseExpirationTimeSpan, Is.EqualTo(TimeSpan.FromSeconds(5)));
        }
    }

    [Test]
    public async Task CacheRequestAsync_ForAPost_KeepsNothing()
    {
        var context = Context("POST", "ann");

        await _policy.CacheRequestAsync(context, CancellationToken.None);

        Assert.That((context.EnableOutputCaching, context.AllowCacheLookup, context.AllowCacheStorage), Is.EqualTo((false, false, false)));
    }

    [Test]
    public async Task ServeResponseAsync_WhenTheListChangedWhileItWasRead_DoesNotKeepTheAnswer()
    {
        var context = Context("GET", "ann");
        await _policy.CacheRequestAsync(context, CancellationToken.None);

        _versions.Raise(ListCacheTags.PostsOf("ann"));
        await _policy.ServeResponseAsync(context, CancellationToken.None);

        Assert.That(context.AllowCacheStorage, Is.False);
    }

    [Test]
    public async Task ServeResponseAsync_WhenNothingChanged_KeepsTheAnswer()
    {
        var context = Context("GET", "ann");
        await _policy.CacheRequestAsync(context, CancellationToken.None);

        await _policy.ServeResponseAsync(context, CancellationToken.None);

        Assert.That(context.AllowCacheStorage, Is.True);
    }

    [TestCase(StatusCodes.Status404NotFound)]
    [TestCase(StatusCodes.Status400BadRequest)]
    public async Task ServeResponseAsync_ForAnError_DoesNotKeepIt(int status)
    {
        var context = Context("GET", "ann");
        await _policy.CacheRequestAsync(context, CancellationToken.None);

        context.HttpContext.Response.StatusCode = status;
        await _policy.ServeResponseAsync(context, CancellationToken.None);

        Assert.That(context.AllowCacheStorage, Is.False);
    }

    private OutputCacheContext Context(string method, string username)
    {
        var http = new DefaultHttpContext { RequestServices = _services };
        http.Request.Method = method;
        http.Request.RouteValues["username"] = username;
        return new OutputCacheContext { HttpContext = http };
    }
}
