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
            options.AddPolicy(ListCachePolicy.Posts, new ListCachePolicy(http => ListCacheTags.ForRouteUsername(ListCacheTags.PostsOf, http.Request.RouteValues["username"])));
            options.AddPolicy(ListCachePolicy.Followers, new ListCachePolicy(http => ListCacheTags.ForRouteUsername(ListCacheTags.FollowersOf, http.Request.RouteValues["username"])));
            options.AddPolicy(ListCachePolicy.Following, new ListCachePolicy(http => ListCacheTags.ForRouteUsername(ListCacheTags.FollowingOf, http.Request.RouteValues["username"])));
            options.AddPolicy(ListCachePolicy.Replies, new ListCachePolicy(http => ListCacheTags.ForRoutePostId(http.Request.RouteValues["postId"])));
            options.AddPolicy(ListCachePolicy.RoomMessages, new ListCachePolicy(http => ListCacheTags.ForQueryRoomId(http.Request.Query["room_id"]), perReader: true));
            options.AddPolicy(ListCachePolicy.Inbox, new ListCachePolicy(http => ListCacheTags.InboxOf(ListCacheTags.Reader(http)), perReader: true));
        });
        services.AddSingleton<ListCacheVersions>();
        services.AddSingleton<IListChanges, ListCacheChanges>();
        return services;
    }
}
