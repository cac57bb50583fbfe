using System.Net;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Resilience;

/// <summary>
/// SQLite with Mirage's default busy timeout (one second): a storm of the server's own writes of every kind
/// (registrations, logins, profile edits, posts) is answered without a 503, since each write waits for the others
/// in the write gate, and only another process's lock can outlast the busy timeout.
/// </summary>
public sealed class SqliteOwnWriteStormEndpointTests() : SqliteApiTest
{
    [Test]
    public async Task WritesOfEveryKind_AllAtOnce_AllSucceed()
    {
        var users = new List<TestAccount>();
        for (var i = 0; i < 8; i++)
        {
            users.Add(await Client.RegisterAndLoginAsync(Names.Unique("storm")));
        }

        var sends = users.SelectMany(user => Enumerable.Range(0, 12).SelectMany(i => new Func<Task<HttpResponseMessage>>[]
        {
            () => Client.RegisterAsync(Names.Unique("storm")),
            () => Client.LoginAsync(user.Username, user.Password),
            () => Client.SendWithTokenAsync(HttpMethod.Patch, Routes.Me, user.Token, new { description = $"edit {i}" }),
            () => Client.PostAsAsync(user, Routes.CreatePost, new { content = $"post {i}" }),
        }));

        var answers = await Task.WhenAll(sends.Select(async send =>
        {
            using var response = await send();
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));

        var failed = answers.Where(a => a.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created)).ToList();
        Assert.That(failed, Is.Empty, $"{failed.Count} of {answers.Length} failed, e.g. {string.Join("; ", failed.Take(5))}");
    }
}
