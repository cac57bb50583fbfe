using System.Net;
using System.Text.Json.Nodes;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Votes;

/// <summary>One voter throughout; every test votes on a fresh post by a fresh author, whose stats it checks.</summary>
public sealed class VoteEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    private TestAccount _voter = null!;

    [OneTimeSetUp]
    public async Task RegisterVoter() => _voter = await Client.RegisterAndLoginAsync();

    [Test]
    public async Task Vote_Up_Returns200AndCountsOnThePostAndItsAuthor()
    {
        var (author, voter, postId) = await PostToVoteOnAsync();

        using var response = await Client.PostAsAsync(voter, Routes.VotePost, new { post_id = postId, vote_type = "up" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadJsonAsync())["message"]!.GetValue<string>(), Is.EqualTo("vote counted"));
        await AssertCountsAsync(author, postId, up: 1, down: 0);
    }

    [Test]
    public async Task Vote_SameWayTwice_Returns400AlreadyVotedThisWayAndCountsOnce()
    {
        var (author, voter, postId) = await PostToVoteOnAsync();
        await Client.VoteAsync(voter, postId, "down");

        using var response = await Client.PostAsAsync(voter, Routes.VotePost, new { post_id = postId, vote_type = "down" });

        await response.ShouldBeProblemAsync(400, "already voted this way");
        await AssertCountsAsync(author, postId, up: 0, down: 1);
    }

    [Test]
    public async Task Vote_DownAfterUp_MovesTheVote()
    {
        var (author, voter, postId) = await PostToVoteOnAsync();
        await Client.VoteAsync(voter, postId, "up");

        using var response = await Client.PostAsAsync(voter, Routes.VotePost, new { post_id = postId, vote_type = "down" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertCountsAsync(author, postId, up: 0, down: 1);
    }

    [Test]
    public async Task Vote_OnOwnPost_Returns403AndCountsNothing()
    {
        var (author, _, postId) = await PostToVoteOnAsync();

        using var response = await Client.PostAsAsync(author, Routes.VotePost, new { post_id = postId, vote_type = "up" });

        await response.ShouldBeProblemAsync(403, "cannot vote on your own post");
        await AssertCountsAsync(author, postId, up: 0, down: 0);
    }

    [TestCase("""{"vote_type":"sideways"}""")]
    [TestCase("{}")]
    public async Task Vote_OfNoKnownDirection_Returns400UpOrDownOnly(string body)
    {
        var (author, voter, postId) = await PostToVoteOnAsync();
        var request = JsonNode.Parse(body)!.AsObject();
        request["post_id"] = postId;

        using var response = await Client.PostAsAsync(voter, Routes.VotePost, request);

        await response.ShouldBeProblemAsync(400, "you can only upvote or downvote");
        await AssertCountsAsync(author, postId, up: 0, down: 0);
    }

    [Test]
    public async Task Vote_WithoutPostId_Returns400NothingFilled()
    {
        using var response = await Client.PostAsAsync(_voter, Routes.VotePost, new { vote_type = "up" });

        await response.ShouldBeProblemAsync(400, "I can't see a single field you filled");
    }

    [Test]
    public async Task Vote_OnUnknownPost_Returns404PostNotFound()
    {
        using var response = await Client.PostAsAsync(_voter, Routes.VotePost, new { post_id = 987_654_321, vote_type = "up" });

        await response.ShouldBeProblemAsync(404, "post not found");
    }

    [TestCase("up")]
    [TestCase("down")]
    public async Task Unvote_AfterVoting_Returns200AndCountsGoBackToZero(string voteType)
    {
        var (author, voter, postId) = await PostToVoteOnAsync();
        await Client.VoteAsync(voter, postId, voteType);

        using var response = await Client.PostAsAsync(voter, Routes.UnvotePost, new { post_id = postId });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await AssertCountsAsync(author, postId, up: 0, down: 0);
    }

    [Test]
    public async Task Unvote_WithoutAVote_Returns400NoVoteToWithdraw()
    {
        var (author, voter, postId) = await PostToVoteOnAsync();

        using var response = await Client.PostAsAsync(voter, Routes.UnvotePost, new { post_id = postId });

        await response.ShouldBeProblemAsync(400, "no vote to withdraw");
        await AssertCountsAsync(author, postId, up: 0, down: 0);
    }

    [Test]
    public async Task Unvote_OnUnknownPost_Returns404PostNotFound()
    {
        using var response = await Client.PostAsAsync(_voter, Routes.UnvotePost, new { post_id = 987_654_321 });

        await response.ShouldBeProblemAsync(404, "post not found");
    }

    [Test]
    public async Task Vote_AfterWithdrawing_CountsAgain()
    {
        var (author, voter, postId) = await PostToVoteOnAsync();
        await Client.VoteAsync(voter, postId, "up");
        await Client.UnvoteAsync(voter, postId);

        await Client.VoteAsync(voter, postId, "up");

        await AssertCountsAsync(author, postId, up: 1, down: 0);
    }

    private async Task<(TestAccount Author, TestAccount Voter, long PostId)> PostToVoteOnAsync()
    {
        var author = await Client.RegisterAndLoginAsync();
        return (author, _voter, await Client.CreatePostAsync(author, "vote on me"));
    }

    private async Task AssertCountsAsync(TestAccount author, long postId, int up, int down)
    {
        var post = await Client.GetPostAsync(postId);
        var stats = await Client.GetStatsAsync(author.Username);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(post["upvotes"]!.GetValue<int>(), Is.EqualTo(up), "post upvotes");
            Assert.That(post["downvotes"]!.GetValue<int>(), Is.EqualTo(down), "post downvotes");
            Assert.That(stats.Upvotes, Is.EqualTo(up), "author's upvotes");
            Assert.That(stats.Downvotes, Is.EqualTo(down), "author's downvotes");
        }
    }
}
