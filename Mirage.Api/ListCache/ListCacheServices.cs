using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Mirage.Domain.Common;

namespace Mirage.Api.ListCache;

/// <summary>ASP.NET Core's output cache for the public lists, and the domain's way to drop what a write changed.</summary>
public static class ListCacheServices
{
    public static IServiceCollection AddMirageListCache(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<ListCacheSettings>>((options, settings) =>
        {
            options.SizeLimit = settings.Value.SizeLimitBytes;
            options.AddPolicy(ListCachePolicy.Posts, new ListCachePolicy(route => ListCacheTags.ForRouteUsername(ListCacheTags.PostsOf, route["username"])));
            options.AddPolicy(ListCachePolicy.Followers, new ListCachePolicy(route => ListCacheTags.ForRouteUsername(ListCacheTags.FollowersOf, route["username"])));
            options.AddPolicy(ListCachePolicy.Following, new ListCachePolicy(route => ListCacheTags.ForRouteUsername(ListCacheTags.FollowingOf, route["username"])));
            options.AddPolicy(ListCachePolicy.Replies, new ListCachePolicy(route => ListCacheTags.ForRoutePostId(route["postId"])));
        });
        services.AddSingleton<ListCacheVersions>();
        services.AddSingleton<IPublicListChanges, ListCacheChanges>();
        return services;
    }
}
