using System.Net;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.DirectMessages;

/// <summary>Real concurrent HTTP requests: counts stay exact and the read mark never moves back.</summary>
public sealed class DirectMessageConcurrencyEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ConcurrentSends_FromSeveralPeople_AreAllStoredAndCountedExactly()
    {
        var ann = await Client.RegisterAndLoginAsync();
        var senders = new[] { ann, await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync() };

        var responses = await Task.WhenAll(senders.SelectMany(s => Enumerable.Range(0, 10)
            .Select(i => Client.PostAsAsync(s, Routes.SendInboxMessage, new { recipient = ann.Username, message = $"message {i}" }))));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        var ids = new List<long>();
        foreach (var response in responses)
        {
            ids.Add((await response.ReadJsonAsync())["inbox_message"]!["id"]!.GetValue<long>());
            response.Dispose();
        }

        Assert.That(ids, Is.Unique);
        Assert.That(await Client.GetInboxCountAsync(ann), Is.EqualTo((30, 20)), "ten notes to self and twenty unread from the others");
        Assert.That((await Client.GetInboxAsync(ann)).Messages.Ids(), Is.EquivalentTo(ids));
        Assert.That(await Client.GetInboxCountAsync(senders[1]), Is.EqualTo((10, 0)));
    }

    // Several rounds, each with a new reader: the reads race to create the reader's mark as well as to raise it.
    [Test]
    public async Task ConcurrentInboxReadsAndSends_NeverMoveTheReadMarkBack([Range(1, 3)] int round)
    {
        var (ann, bob) = (await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync());
        var sends = Enumerable.Range(0, 20).Select(i => Client.SendMessageIdAsync(bob, ann.Username, $"message {i}")).ToList();
        var reads = Enumerable.Range(0, 20).Select(_ => Client.GetInboxAsync(ann)).ToList();

        var sent = await Task.WhenAll(sends);
        var newestSeen = (await Task.WhenAll(reads)).Select(r => r.Messages.Count == 0 ? 0 : r.Messages[0]["id"]!.GetValue<long>()).Max();

        // Every read marks up to the newest message it showed; if a slower read had lowered the mark, more would be unread.
        var (total, unread) = await Client.GetInboxCountAsync(ann);
        Assert.That(total, Is.EqualTo(20));
        Assert.That(unread, Is.EqualTo(sent.Count(id => id > newestSeen)), $"round {round}");
    }

    [Test]
    public async Task SendsRacingTheRecipientsAccountDeletion_AreSentOrNotFoundAndLeaveNothingBehind()
    {
        var (ann, leaver) = (await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync());

        var sends = Enumerable.Range(0, 20).Select(i => Client.PostAsAsync(ann, Routes.SendInboxMessage, new { recipient = leaver.Username, message = $"message {i}" })).ToList();
        using var deleted = await Client.PostAsAsync(leaver, Routes.DeleteAccount, new { password = leaver.Password });
        var responses = await Task.WhenAll(sends);

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK).Or.EqualTo(HttpStatusCode.NotFound));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.That(await Client.GetInboxCountAsync(ann), Is.EqualTo((0, 0)), "the leaver's messages went with the account");
    }
}
