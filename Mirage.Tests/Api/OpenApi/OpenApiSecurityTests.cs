using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.OpenApi;

/// <summary>The document's security requirements are the server's: each operation is called without a token.</summary>
public sealed partial class OpenApiSecurityTests : ProviderIndependentApiTest
{
    [Test]
    public async Task OperationsThatNeedTheSessionToken_AreExactlyThoseThatAnswer401WithoutOne()
    {
        var document = JsonNode.Parse(await Client.GetStringAsync(Routes.OpenApiDocument))!.AsObject();

        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var marked = operation!["security"] is JsonArray { Count: > 0 };
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), Concrete(path));
                if (operation["requestBody"] is not null)
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await Client.SendAsync(request);

                Assert.That(response.StatusCode == HttpStatusCode.Unauthorized, Is.EqualTo(marked), $"{method} {path} answered {response.StatusCode}");
            }
        }
    }

    // Values that name nothing: the answer without a token is 401 or, where no token is needed, 4xx or 200.
    private static string Concrete(string template) =>
        Parameter().Replace(template, p => p.Value == "{username}" ? "nobody" : p.Value == "{id}" ? Guid.Empty.ToString() : "1");

    [GeneratedRegex("{[^}]+}")]
    private static partial Regex Parameter();
}
