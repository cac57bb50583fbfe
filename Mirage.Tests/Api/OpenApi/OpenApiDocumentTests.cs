using System.Text.Json.Nodes;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.OpenApi;

/// <summary>
/// The document the running app serves is the checked-in <c>docs/openapi.json</c>, and it says what client
/// authors rely on: a name for every operation, the flow's tags, the session scheme, ProblemDetails errors.
/// </summary>
public sealed class OpenApiDocumentTests : ProviderIndependentApiTest
{
    [Test]
    public async Task ServedDocument_IsTheCheckedInOne()
    {
        var served = CheckedInDocument.Format(await Client.GetStringAsync(Routes.OpenApiDocument));
        if (CheckedInDocument.UpdateRequested)
        {
            await File.WriteAllTextAsync(CheckedInDocument.Path, served);
            Assert.Pass($"Wrote {CheckedInDocument.Path}.");
        }

        var checkedIn = File.Exists(CheckedInDocument.Path) ? await File.ReadAllTextAsync(CheckedInDocument.Path) : string.Empty;
        Assert.That(checkedIn == served, Is.True, () =>
            $"docs/openapi.json is not the document the app serves ({FirstDifference(checkedIn, served)}). "
            + $"Regenerate it with: {CheckedInDocument.RegenerateCommand}");
    }

    [Test]
    public async Task EveryOperation_HasItsOwnOperationId()
    {
        var ids = Operations(await ServedAsync()).Select(o => o.Operation["operationId"]?.GetValue<string>()).ToList();

        Assert.That(ids, Is.All.Not.Null);
        Assert.That(ids, Is.Unique);
        Assert.That(ids, Does.Contain("create_post").And.Contain("patch_me").And.Contain("get_room_messages"));
    }

    [Test]
    public async Task Tags_FollowTheProductsFlow_AndEveryOperationHasOneOfThem()
    {
        var document = await ServedAsync();

        var tags = document["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.That(tags, Is.EqualTo(new[] { "accounts", "sessions", "profiles", "posts", "votes", "replies", "follows", "feed", "messages", "rooms", "files", "status" }));
        foreach (var (name, operation) in Operations(document))
        {
            Assert.That(operation["tags"]!.AsArray().Select(t => t!.GetValue<string>()), Has.Exactly(1).Items.And.All.AnyOf(tags.ToArray()), name);
        }
    }

    [Test]
    public async Task EveryErrorResponse_IsProblemDetailsWithError_AndThrottlingSaysWhenToRetry()
    {
        var document = await ServedAsync();

        Assert.That(document["components"]!["schemas"]!["ProblemDetails"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()), Does.Contain("error"));
        foreach (var (name, operation) in Operations(document))
        {
            foreach (var (status, response) in operation["responses"]!.AsObject().Where(r => r.Key[0] is '4' or '5'))
            {
                var content = response!["content"]!.AsObject();
                Assert.That(content.Select(c => c.Key), Is.EqualTo(new[] { "application/problem+json" }), $"{name} {status}");
                if (status is "429" or "503")
                {
                    Assert.That(response["headers"]?["Retry-After"], Is.Not.Null, $"{name} {status}");
                }
            }
        }
    }

    [Test]
    public async Task Document_NamesNoServer_SoItIsTheSameWhereverItIsServed()
    {
        var document = await ServedAsync();

        Assert.That(document["servers"]?.AsArray() ?? [], Is.Empty);
    }

    private async Task<JsonObject> ServedAsync() => JsonNode.Parse(await Client.GetStringAsync(Routes.OpenApiDocument))!.AsObject();

    public static IEnumerable<(string Name, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(o => o.Value is JsonObject { } operation && operation.ContainsKey("responses"))
            .Select(o => ($"{o.Key.ToUpperInvariant()} {path.Key}", o.Value!.AsObject())));

    private static string FirstDifference(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var a = i < left.Length ? left[i] : "(end)";
            var b = i < right.Length ? right[i] : "(end)";
            if (a != b)
            {
                return $"line {i + 1}: checked in `{a.Trim()}`, served `{b.Trim()}`";
            }
        }

        return "same lines";
    }
}
