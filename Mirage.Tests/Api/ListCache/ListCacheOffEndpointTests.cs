using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.ListCache;

/// <summary>With <c>ListCache:Lifetime</c> zero, every read of a list goes to the database.</summary>
public sealed class ListCacheOffEndpointTests() : ProviderIndependentApiTest
{
    protected override MirageApiFactory CreateFactory() =>
        new(DatabaseProvider.Sqlite, settings: new Dictionary<string, string> { ["ListCache:Lifetime"] = "00:00:00" });

    [Test]
    public async Task GetPosts_SeesAChangeMadeBehindTheApiAtOnce()
    {
        var ann = await Client.RegisterAndLoginAsync(Names.Unique("ann"));
        var postId = await Client.CreatePostAsync(ann, "as posted");
        await Client.GetPageAsync(Routes.Posts(ann.Username), "posts");

        using (var scope = Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<MirageDbContext>().Posts
                .Where(p => p.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Content, "edited in the database"));
        }

        var (posts, _) = await Client.GetPageAsync(Routes.Posts(ann.Username), "posts");
        Assert.That(posts.Single()["content"]!.GetValue<string>(), Is.EqualTo("edited in the database"));
    }
}
