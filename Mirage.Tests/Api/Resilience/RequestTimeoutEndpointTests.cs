using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mirage.Domain.Users;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;
using Moq;

namespace Mirage.Tests.Api.Resilience;

/// <summary>A request stuck past <c>Limits:RequestTimeout</c> is answered 503 with <c>error</c> instead of hanging.</summary>
public sealed class RequestTimeoutEndpointTests
{
    [Test]
    public async Task UserCount_WhoseQueryNeverEnds_Answers503AfterTheConfiguredTimeout()
    {
        var users = new Mock<IUserRepository>();
        users.Setup(u => u.CountAsync(It.IsAny<CancellationToken>()))
            .Returns<CancellationToken>(async cancellationToken =>
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return 0;
            });
        using var factory = new MirageApiFactory(
            DatabaseProvider.Sqlite,
            services => services.Replace(ServiceDescriptor.Scoped(_ => users.Object)),
            new Dictionary<string, string> { ["Limits:RequestTimeout"] = "00:00:00.500" });
        using var client = factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(20);

        var (response, elapsed) = await Outage.TimedAsync(() => client.GetAsync(Routes.UserCount));

        using (response)
        {
            await response.ShouldBeProblemAsync(503, "the request took too long, try again shortly");
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        }
    }
}
