using Microsoft.Extensions.DependencyInjection;
using Mirage.Domain.Votes;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Infrastructure.Persistence.Votes;

/// <summary>
/// What a concurrent deletion leaves the vote repository to face, made certain instead of left to timing:
/// the service has seen the post, and by the time the withdrawal locks it, it is gone.
/// </summary>
public sealed class VoteRepositoryTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task WithdrawAsync_OnAPostDeletedMeanwhile_WithdrawsNothing()
    {
        var voter = await Client.RegisterAndLoginAsync();
        var author = await Client.RegisterAndLoginAsync();
        var postId = await Client.CreatePostAsync(author);
        await Client.VoteAsync(voter, postId, "up");
        using (var deletion = await Client.PostAsAsync(author, Routes.DeletePost, new { post_id = postId }))
        {
            Assert.That((int)deletion.StatusCode, Is.EqualTo(200), await deletion.Content.ReadAsStringAsync());
        }

        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MirageDbContext>();
        var voterId = db.Users.Single(u => u.Username == voter.Username).Id;
        var authorId = db.Users.Single(u => u.Username == author.Username).Id;

        var withdrawn = await scope.ServiceProvider.GetRequiredService<IVoteRepository>().WithdrawAsync(voterId, postId, authorId, CancellationToken.None);

        Assert.That(withdrawn, Is.False);
    }
}
