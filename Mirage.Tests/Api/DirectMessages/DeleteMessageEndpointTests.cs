using System.Net;
using System.Text.Json.Nodes;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.DirectMessages;

public sealed class DeleteMessageEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private TestAccount _ann = null!;
    private TestAccount _bob = null!;

    [OneTimeSetUp]
    public async Task RegisterAnnAndBob() => (_ann, _bob) = (await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync());

    [Test]
    public async Task Delete_BySender_Returns200AndRemovesItForBoth() => await DeleteForBothAsync(deleter: _ann);

    [Test]
    public async Task Delete_ByRecipient_Returns200AndRemovesItForBoth() => await DeleteForBothAsync(deleter: _bob);

    [Test]
    public async Task Delete_ByAStranger_Returns404AndKeepsTheMessage()
    {
        var stranger = await Client.RegisterAndLoginAsync();
        var id = await Client.SendMessageIdAsync(_ann, _bob.Username);

        using var response = await Client.DeleteMessageAsync(stranger, id);

        await response.ShouldBeProblemAsync(404, "message not found or unauthorized access");
        Assert.That((await Client.GetInboxAsync(_bob)).Messages.Ids(), Does.Contain(id));
    }

    [Test]
    public async Task Delete_OfAnUnknownOrDeletedMessage_Returns404()
    {
        var id = await Client.SendMessageIdAsync(_ann, _bob.Username);
        using var first = await Client.DeleteMessageAsync(_ann, id);

        using var again = await Client.DeleteMessageAsync(_bob, id);
        using var unknown = await Client.DeleteMessageAsync(_ann, long.MaxValue);

        await again.ShouldBeProblemAsync(404, "message not found or unauthorized access");
        await unknown.ShouldBeProblemAsync(404, "message not found or unauthorized access");
    }

    [TestCase("{}")]
    [TestCase("""{"message_id":null}""")]
    public async Task Delete_WithoutMessageId_Returns400MissingMessageId(string body)
    {
        using var response = await Client.SendWithTokenAsync(HttpMethod.Post, Routes.DeleteInboxMessage, _ann.Token, JsonNode.Parse(body));

        await response.ShouldBeProblemAsync(400, "missing message ID");
    }

    [TestCase("""{"message_id":"abc"}""")]
    [TestCase("""{"message_id":1.5}""")]
    [TestCase("""{"message_id":99999999999999999999999}""")]
    [TestCase("""{"message_id":[1]}""")]
    public async Task Delete_WithAMalformedMessageId_Returns400(string body)
    {
        using var response = await Client.SendWithTokenAsync(HttpMethod.Post, Routes.DeleteInboxMessage, _ann.Token, JsonNode.Parse(body));

        await response.ShouldBeProblemAsync(400);
    }

    [Test]
    public async Task Send_AfterTheNewestMessageWasDeleted_NeverReusesItsId()
    {
        var deleted = await Client.SendMessageIdAsync(_ann, _bob.Username);
        using var response = await Client.DeleteMessageAsync(_ann, deleted);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var next = await Client.SendMessageIdAsync(_ann, _bob.Username);

        Assert.That(next, Is.GreaterThan(deleted));
    }

    [Test]
    public async Task DeleteAccount_RemovesTheMessagesTheySentAndReceived()
    {
        var leaver = await Client.RegisterAndLoginAsync();
        await Client.SendMessageIdAsync(leaver, _ann.Username, "bye");
        await Client.SendMessageIdAsync(_ann, leaver.Username, "see you");
        await Client.GetInboxAsync(leaver);
        var before = await Client.GetInboxCountAsync(_ann);

        using var deleted = await Client.PostAsAsync(leaver, Routes.DeleteAccount, new { password = leaver.Password });

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await deleted.Content.ReadAsStringAsync());
        var (inbox, _) = await Client.GetInboxAsync(_ann);
        Assert.That(inbox.Select(m => m["sender"]!.GetValue<string>()).Concat(inbox.Select(m => m["recipient"]!.GetValue<string>())), Does.Not.Contain(leaver.Username));
        Assert.That((await Client.GetInboxCountAsync(_ann)).Total, Is.EqualTo(before.Total - 2));
    }

    private async Task DeleteForBothAsync(TestAccount deleter)
    {
        var kept = await Client.SendMessageIdAsync(_bob, _ann.Username, "keep me");
        var id = await Client.SendMessageIdAsync(_ann, _bob.Username, "delete me");

        using var response = await Client.DeleteMessageAsync(deleter, id);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync())["message"]!.GetValue<string>(), Is.EqualTo("message deleted successfully"));
        foreach (var party in new[] { _ann, _bob })
        {
            var ids = (await Client.GetInboxAsync(party)).Messages.Ids().ToList();
            Assert.That(ids, Does.Not.Contain(id), party.Username);
            Assert.That(ids, Does.Contain(kept), party.Username);
        }
    }
}
