using System.Net;
using System.Text.Json.Nodes;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.DirectMessages;

public sealed class SendMessageEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Avatar = "https://img.example.com/sender.png";

    private TestAccount _sender = null!;
    private TestAccount _recipient = null!;

    [OneTimeSetUp]
    public async Task RegisterSenderAndRecipient()
    {
        _sender = await Client.RegisterAndLoginAsync(Names.Unique("Sender"));
        _recipient = await Client.RegisterAndLoginAsync(Names.Unique("Recipient"));
        using var patched = await Client.SendWithTokenAsync(HttpMethod.Patch, Routes.Me, _sender.Token, new { avatar_url = Avatar });
        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Send_ToAUser_Returns200WithTheMessageAndTheSendersAvatar()
    {
        using var response = await Client.PostAsAsync(_sender, Routes.SendInboxMessage, new { recipient = _recipient.Username, message = "**hi** there" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var json = await response.ReadJsonAsync();
        var sent = json["inbox_message"]!.AsObject();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json["message"]!.GetValue<string>(), Is.EqualTo("message sent"));
            Assert.That(sent.Select(p => p.Key), Is.EquivalentTo(new[] { "id", "sender", "recipient", "message", "created_at", "avatar_url" }));
            Assert.That(sent["sender"]!.GetValue<string>(), Is.EqualTo(_sender.Username));
            Assert.That(sent["recipient"]!.GetValue<string>(), Is.EqualTo(_recipient.Username));
            Assert.That(sent["message"]!.GetValue<string>(), Is.EqualTo("**hi** there"));
            Assert.That(sent["avatar_url"]!.GetValue<string>(), Is.EqualTo(Avatar));
            Assert.That(sent["created_at"]!.GetValue<string>(), Does.EndWith("Z"));
        }

        var (inbox, _) = await Client.GetInboxAsync(_recipient);
        Assert.That(inbox.Ids(), Does.Contain(sent["id"]!.GetValue<long>()));
    }

    [Test]
    public async Task Send_ToTheNameInAnotherCaseWithSpaces_ReachesTheUserAsRegistered()
    {
        var sent = await Client.SendMessageAsync(_sender, $"  {_recipient.Username.ToUpperInvariant()} ");

        Assert.That(sent["recipient"]!.GetValue<string>(), Is.EqualTo(_recipient.Username));
    }

    [Test]
    public async Task Send_ByAUserWithoutAvatar_HasANullAvatar()
    {
        var sent = await Client.SendMessageAsync(_recipient, _sender.Username);

        Assert.That(sent["avatar_url"], Is.Null);
    }

    [Test]
    public async Task Send_ToUnknownRecipient_Returns404RecipientNotFound()
    {
        using var response = await Client.PostAsAsync(_sender, Routes.SendInboxMessage, new { recipient = Names.Unique("nobody"), message = "hi" });

        await response.ShouldBeProblemAsync(404, "recipient not found");
    }

    [TestCase("{}")]
    [TestCase("""{"message":"hi"}""")]
    [TestCase("""{"recipient":null,"message":"hi"}""")]
    [TestCase("""{"recipient":"  ","message":"hi"}""")]
    [TestCase("""{"recipient":"bob"}""")]
    [TestCase("""{"recipient":"bob","message":""}""")]
    [TestCase("""{"recipient":"bob","message":" \n "}""")]
    public async Task Send_WithoutRecipientOrMessage_Returns400MissingRecipientOrMessage(string body)
    {
        using var response = await Client.SendWithTokenAsync(HttpMethod.Post, Routes.SendInboxMessage, _sender.Token, JsonNode.Parse(body));

        await response.ShouldBeProblemAsync(400, "missing recipient or message");
    }

    [Test]
    public async Task Send_Over2000Characters_Returns400AndStoresNothing()
    {
        var before = await Client.GetInboxCountAsync(_recipient);

        using var response = await Client.PostAsAsync(_sender, Routes.SendInboxMessage, new { recipient = _recipient.Username, message = new string('x', 2001) });

        await response.ShouldBeProblemAsync(400, "message cannot exceed 2000 characters");
        Assert.That(await Client.GetInboxCountAsync(_recipient), Is.EqualTo(before));
    }

    [Test]
    public async Task Send_Of2000Characters_KeepsThemAll()
    {
        var message = new string('x', 2000);

        var sent = await Client.SendMessageAsync(_sender, _recipient.Username, message);

        Assert.That(sent["message"]!.GetValue<string>(), Is.EqualTo(message));
    }

    [TestCase("""{"recipient":5,"message":"hi"}""")]
    [TestCase("""{"recipient":"bob","message":["hi"]}""")]
    [TestCase("""{"recipient":"bob","message":{"text":"hi"}}""")]
    [TestCase("[]")]
    public async Task Send_WithWrongJsonTypes_Returns400(string body)
    {
        using var response = await Client.SendWithTokenAsync(HttpMethod.Post, Routes.SendInboxMessage, _sender.Token, JsonNode.Parse(body));

        await response.ShouldBeProblemAsync(400);
    }

    [Test]
    public async Task Send_WithoutToken_Returns401()
    {
        using var response = await Client.PostJsonAsync(Routes.SendInboxMessage, new { recipient = _recipient.Username, message = "hi" });

        await response.ShouldBeProblemAsync(401);
    }

    [Test]
    public async Task Send_ToOneself_IsANoteListedOnceAndCountedOnce()
    {
        var noter = await Client.RegisterAndLoginAsync();

        var note = await Client.SendMessageIdAsync(noter, noter.Username, "remember the milk");

        var (inbox, _) = await Client.GetInboxAsync(noter);
        Assert.That(inbox.Ids(), Is.EqualTo(new[] { note }));
        Assert.That(await Client.GetInboxCountAsync(noter), Is.EqualTo((1, 0)), "one message, and one's own note is not unread");
    }
}
