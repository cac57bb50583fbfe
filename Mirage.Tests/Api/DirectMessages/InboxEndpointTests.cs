using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.DirectMessages;

public sealed class InboxEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task Inbox_ListsSentAndReceivedNewestFirst_WithoutOtherPeoplesMessages()
    {
        var (ann, bob, cat) = (await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync());
        var first = await Client.SendMessageIdAsync(bob, ann.Username, "hi ann");
        var second = await Client.SendMessageIdAsync(ann, bob.Username, "hi bob");
        await Client.SendMessageIdAsync(bob, cat.Username, "not for ann");
        var third = await Client.SendMessageIdAsync(cat, ann.Username, "hey");

        var (inbox, next) = await Client.GetInboxAsync(ann);

        Assert.That(inbox.Ids(), Is.EqualTo(new[] { third, second, first }));
        Assert.That(next, Is.Null);
        Assert.That(inbox.Select(m => (m["sender"]!.GetValue<string>(), m["recipient"]!.GetValue<string>())), Is.EqualTo(new[]
        {
            (cat.Username, ann.Username), (ann.Username, bob.Username), (bob.Username, ann.Username),
        }));
    }

    [Test]
    public async Task Inbox_PagedTwoAtATime_ListsEveryMessageOnceNewestFirst()
    {
        var (ann, bob) = (await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync());
        var sent = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            sent.Add(i % 3 == 0 ? await Client.SendMessageIdAsync(ann, bob.Username, $"out {i}")
                : i % 3 == 1 ? await Client.SendMessageIdAsync(bob, ann.Username, $"in {i}")
                : await Client.SendMessageIdAsync(ann, ann.Username, $"note {i}"));
        }

        var pages = new List<List<long>>();
        string? cursor = null;
        do
        {
            var (messages, next) = await Client.GetInboxAsync(ann, Routes.Page(Routes.Inbox, 2, cursor));
            pages.Add(messages.Ids().ToList());
            cursor = next;
        }
        while (cursor is not null && pages.Count < 10);

        Assert.That(pages.Select(p => p.Count), Is.EqualTo(new[] { 2, 2, 2, 1 }));
        Assert.That(pages.SelectMany(p => p), Is.EqualTo(Enumerable.Reverse(sent)));
    }

    [TestCase("?limit=0")]
    [TestCase("?limit=101")]
    [TestCase("?limit=abc")]
    [TestCase("?cursor=not-a-cursor")]
    public async Task Inbox_WithABadPageQuery_Returns400(string query)
    {
        var ann = await Client.RegisterAndLoginAsync();

        using var response = await Client.GetWithTokenAsync(Routes.Inbox + query, ann.Token);

        await response.ShouldBeProblemAsync(400);
    }

    [Test]
    public async Task InboxAndCount_WithoutToken_Return401()
    {
        using var inbox = await Client.GetAsync(Routes.Inbox);
        using var count = await Client.GetAsync(Routes.InboxCount);

        await inbox.ShouldBeProblemAsync(401);
        await count.ShouldBeProblemAsync(401);
    }

    [Test]
    public async Task InboxCount_CountsSentAndReceivedButNotOtherPeoples()
    {
        var (ann, bob, cat) = (await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync());
        await Client.SendMessageIdAsync(ann, bob.Username);
        await Client.SendMessageIdAsync(bob, ann.Username);
        await Client.SendMessageIdAsync(cat, ann.Username);
        await Client.SendMessageIdAsync(ann, ann.Username);
        await Client.SendMessageIdAsync(bob, cat.Username);

        Assert.That(await Client.GetInboxCountAsync(ann), Is.EqualTo((4, 2)));
        Assert.That(await Client.GetInboxCountAsync(bob), Is.EqualTo((3, 1)));
    }

    [Test]
    public async Task UnreadCount_FallsToZeroWhenTheInboxIsRead_AndCountsOnlyWhatCameAfter()
    {
        var (ann, bob) = (await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync());
        await Client.SendMessageIdAsync(bob, ann.Username);
        await Client.SendMessageIdAsync(bob, ann.Username);
        Assert.That(await Client.GetInboxCountAsync(ann), Is.EqualTo((2, 2)));

        await Client.GetInboxAsync(ann);
        Assert.That(await Client.GetInboxCountAsync(ann), Is.EqualTo((2, 0)));

        await Client.SendMessageIdAsync(ann, bob.Username, "my own message is not unread");
        await Client.SendMessageIdAsync(bob, ann.Username);
        Assert.That(await Client.GetInboxCountAsync(ann), Is.EqualTo((4, 1)));
        Assert.That(await Client.GetInboxCountAsync(bob), Is.EqualTo((4, 1)), "bob never read his inbox: ann's one message");
    }

    [Test]
    public async Task UnreadCount_IsNotMovedByReadingALaterPage()
    {
        var (ann, bob) = (await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync());
        await Client.SendMessageIdAsync(bob, ann.Username);
        await Client.SendMessageIdAsync(bob, ann.Username);
        await Client.GetInboxAsync(ann, Routes.Page(Routes.Inbox, 1));
        await Client.SendMessageIdAsync(bob, ann.Username);
        var (_, cursor) = await Client.GetInboxAsync(ann, Routes.Page(Routes.Inbox, 1));
        await Client.SendMessageIdAsync(bob, ann.Username);

        await Client.GetInboxAsync(ann, Routes.Page(Routes.Inbox, 1, cursor));

        Assert.That(await Client.GetInboxCountAsync(ann), Is.EqualTo((4, 1)), "only the first page marks messages read");
    }
}
