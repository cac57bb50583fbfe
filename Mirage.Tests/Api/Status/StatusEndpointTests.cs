using System.Globalization;
using System.Net;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Status;

public sealed class StatusEndpointTests : ProviderIndependentApiTest
{
    [Test]
    public async Task Ping_Returns200Pong()
    {
        using var response = await Client.GetAsync(Routes.Ping);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync())["message"]!.GetValue<string>(), Is.EqualTo("pong"));
    }

    [Test]
    public async Task Ping_WithHead_Returns200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, Routes.Ping);

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task UserCount_AfterARegistration_IsOneMoreAsPlainText()
    {
        var before = await CountAsync();
        using var registered = await Client.RegisterAsync(Names.Unique());

        using var response = await Client.GetAsync(Routes.UserCount);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
        Assert.That(int.Parse(await response.Content.ReadAsStringAsync(), CultureInfo.InvariantCulture), Is.EqualTo(before + 1));
    }

    [Test]
    public async Task Health_WithDatabaseReachable_Returns200Healthy()
    {
        using var response = await Client.GetAsync(Routes.Health);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [TestCase(Routes.HealthLive)]
    [TestCase(Routes.HealthReady)]
    public async Task HealthLiveAndReady_WithDatabaseReachable_Return200Healthy(string path)
    {
        using var response = await Client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task OpenApiDocument_DescribesTheAccountEndpoints()
    {
        using var response = await Client.GetAsync(Routes.OpenApiDocument);

        var document = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(document, Does.Contain("/api/register").And.Contain("/api/login").And.Contain("/api/me"));
    }

    [Test]
    public async Task Docs_ServesTheBrowsableUi()
    {
        using var response = await Client.GetAsync(Routes.Docs);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("swagger-ui"));
    }

    private async Task<int> CountAsync() =>
        int.Parse(await Client.GetStringAsync(Routes.UserCount), CultureInfo.InvariantCulture);
}
