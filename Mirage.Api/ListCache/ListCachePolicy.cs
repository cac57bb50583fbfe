using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mirage.Api.ListCache;

/// <summary>
/// Keeps a list's successful answer for the next reader, filed under the list's tag. Answers differ by query (the
/// page) and by <c>Origin</c> (the CORS headers). The public lists show the same to everyone, so their answers are
/// kept whoever asks, signed in or not; a list of the caller's own (<paramref name="perReader"/>: the inbox, a
/// room's messages, which only members may read) is kept apart for each signed-in reader.
/// </summary>
public sealed class ListCachePolicy(Func<HttpContext, string> tagOf, bool perReader = false) : IOutputCachePolicy
{
    public const string Posts = "ListCache.Posts";
    public const string Replies = "ListCache.Replies";
    public const string Followers = "ListCache.Followers";
    public const string Following = "ListCache.Following";
    public const string RoomMessages = "ListCache.RoomMessages";
    public const string Inbox = "ListCache.Inbox";

    private static readonly object SnapshotKey = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var lifetime = http.RequestServices.GetRequiredService<IOptions<ListCacheSettings>>().Value.Lifetime;
        var cacheable = lifetime > TimeSpan.Zero && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        // Not shared with readers who asked while this read ran: they may have asked after a write this read missed.
        context.AllowLocking = false;
        if (!cacheable)
        {
            return ValueTask.CompletedTask;
        }

        var tag = tagOf(http);
        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = HeaderNames.Origin;
        if (perReader)
        {
            // Authorization has run: only a signed-in reader gets this far.
            context.CacheVaryByRules.VaryByValues["reader"] = ListCacheTags.Reader(http);
        }

        context.Tags.Add(tag);
        context.Tags.Add(ListCacheTags.All);
        http.Items[SnapshotKey] = http.RequestServices.GetRequiredService<ListCacheVersions>().Take(tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode != StatusCodes.Status200OK
            || http.Response.Headers.SetCookie.Count > 0
            || http.Items[SnapshotKey] is not ListCacheVersions.Snapshot snapshot
            || http.RequestServices.GetRequiredService<ListCacheVersions>().Moved(snapshot))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
