using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mirage.Api.Observability;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;
using OpenTelemetry.Trace;

namespace Mirage.Tests.Api.Observability;

/// <summary>
/// Canary passwords, tokens and message texts go through every route that takes one, with every log category at
/// Trace and every request traced; then none of them may be found in a log line (message, values, scopes,
/// exception), a span (name, attributes, events) or the metrics scrape. On both providers: PostgreSQL's commands are
/// traced too.
/// </summary>
public sealed class NoSecretsEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Password = "canary-password-5b1d";
    private const string WrongPassword = "canary-wrong-password-c6d8";
    private const string SettingsPassword = "canary-settings-password-7e21";
    private const string NewPassword = "canary-new-password-93c0";
    private const string RoomPassword = "canary-room-password-42fa";
    private const string ForgedToken = "canary-forged-token-0f9e";
    private const string MessageText = "canary message text 81d3";

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Observability:Metrics:Enabled"] = "true",
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Trace",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection"] = "Trace",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Query"] = "Trace",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Update"] = "Trace",
    };

    private readonly RecordingLoggerProvider _logs = new();
    private readonly SpanRecorder _spans = [];

    [Test]
    public async Task EverySecretSent_AppearsInNoLogSpanOrMetric()
    {
        var secrets = new List<string> { Password, WrongPassword, SettingsPassword, NewPassword, RoomPassword, ForgedToken, MessageText };
        var ann = Names.Unique("ann");
        var bob = await Client.RegisterAndLoginAsync();
        secrets.AddRange([bob.Password, bob.Token]);

        await ExpectAsync(HttpStatusCode.Created, Client.RegisterAsync(ann, password: Password));
        await ExpectAsync(HttpStatusCode.Unauthorized, Client.LoginAsync(ann, WrongPassword));
        var token = await Client.LoginForTokenAsync(ann, Password);
        secrets.Add(token);

        // The token as the web client sends it and as a bearer; forged ones, raw and bearer.
        await ExpectAsync(HttpStatusCode.OK, Client.GetWithTokenAsync(Routes.Me, token));
        await ExpectAsync(HttpStatusCode.OK, Client.GetWithTokenAsync(Routes.Sessions, "Bearer " + token));
        await ExpectAsync(HttpStatusCode.Unauthorized, Client.GetWithTokenAsync(Routes.Me, ForgedToken));
        await ExpectAsync(HttpStatusCode.Unauthorized, Client.GetWithTokenAsync(Routes.Me, "Bearer " + ForgedToken));

        await ExpectAsync(HttpStatusCode.OK, Client.SendWithTokenAsync(HttpMethod.Post, Routes.UserSettings, token, new { password = SettingsPassword }));
        await ExpectAsync(HttpStatusCode.Forbidden, ChangePasswordAsync(token, WrongPassword, NewPassword));
        await ExpectAsync(HttpStatusCode.OK, ChangePasswordAsync(token, SettingsPassword, NewPassword));

        var annAccount = new TestAccount(ann, $"{ann}@example.com", NewPassword, token);
        var room = Names.Unique("room");
        long roomId;
        using (var created = await Client.PostAsAsync(annAccount, Routes.CreateRoom, new { room_name = room, is_private = true, password = RoomPassword }))
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
            roomId = (await created.ReadJsonAsync())["room_id"]!.GetValue<long>();
        }

        await ExpectAsync(HttpStatusCode.Forbidden, Client.JoinRoomAsync(bob, room, WrongPassword));
        await ExpectAsync(HttpStatusCode.OK, Client.JoinRoomAsync(bob, room, RoomPassword));
        await ExpectAsync(HttpStatusCode.OK, Client.SendRoomMessageAsync(bob, roomId, MessageText));
        await ExpectAsync(HttpStatusCode.OK, Client.PostAsAsync(annAccount, Routes.SendInboxMessage, new { recipient = bob.Username, message = MessageText }));

        var second = await Client.LoginForTokenAsync(ann, NewPassword);
        secrets.Add(second);
        await ExpectAsync(HttpStatusCode.OK, Client.PostJsonAsync(Routes.Logout, new { token = second }));
        await ExpectAsync(HttpStatusCode.Unauthorized, Client.PostJsonAsync(Routes.Logout, new { token = ForgedToken }));
        await ExpectAsync(HttpStatusCode.OK, Client.SendWithTokenAsync(HttpMethod.Post, Routes.LogoutAll, bob.Token, new { keep_current = true }));
        await ExpectAsync(HttpStatusCode.OK, Client.LogoutWithHeaderAsync(bob.Token));
        await ExpectAsync(HttpStatusCode.Forbidden, Client.SendWithTokenAsync(HttpMethod.Post, Routes.DeleteAccount, token, new { password = WrongPassword }));
        await ExpectAsync(HttpStatusCode.OK, Client.SendWithTokenAsync(HttpMethod.Post, Routes.DeleteAccount, token, new { password = NewPassword }));
        var scrape = await Scrape.ReadAsync(Client);

        var logs = _logs.Lines.Select(line => line.Text).ToList();
        var spans = _spans.Snapshot().Select(SpanRecorder.Text).ToList();
        using (Assert.EnterMultipleScope())
        {
            // The search reads what is there: the failed login's warning names the user, the login has its span.
            Assert.That(logs, Has.Some.Contains(ann), "the recorded logs");
            Assert.That(spans, Has.Some.Contains("api/login"), "the recorded spans");
            Assert.That(scrape.Text, Does.Contain("mirage_logins_total"), "the scrape");
            if (Provider == DatabaseProvider.Postgres)
            {
                Assert.That(spans, Has.Some.Contains("INSERT INTO direct_messages"), "PostgreSQL's command spans, with their SQL");
            }

            foreach (var secret in secrets)
            {
                Assert.That(logs.Where(line => line.Contains(secret, StringComparison.Ordinal)), Is.Empty, $"a log line holds the secret {secret}");
                Assert.That(spans.Where(span => span.Contains(secret, StringComparison.Ordinal)), Is.Empty, $"a span holds the secret {secret}");
                Assert.That(scrape.Text, Does.Not.Contain(secret), $"the scrape holds the secret {secret}");
            }
        }
    }

    protected override MirageApiFactory CreateFactory() => new(
        Provider,
        services =>
        {
            Scrape.Uncached(services);
            services.AddSingleton<ILoggerProvider>(_logs);
            services.AddOpenTelemetry().WithTracing(tracing => tracing.AddMirageInstrumentation().AddInMemoryExporter(_spans));
        },
        Settings);

    private static async Task ExpectAsync(HttpStatusCode status, Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        Assert.That(response.StatusCode, Is.EqualTo(status), await response.Content.ReadAsStringAsync());
    }

    private Task<HttpResponseMessage> ChangePasswordAsync(string token, string current, string next) =>
        Client.SendWithTokenAsync(HttpMethod.Post, Routes.ChangePassword, token, new { current_password = current, new_password = next });
}
