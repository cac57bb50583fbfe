using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Mirage.Domain.Users;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;
using Moq;

namespace Mirage.Tests.Api.Http;

public sealed class UnexpectedFaultEndpointTests
{
    private const string SecretDetail = "connection string Password=hunter2 at Mirage.Secret";

    [Test]
    public async Task UserCount_WhenTheRepositoryThrows_Returns500ProblemWithoutInternals()
    {
        var users = new Mock<IUserRepository>();
        users.Setup(u => u.CountAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException(SecretDetail));
        using var factory = new MirageApiFactory(DatabaseProvider.Sqlite, services => services.Replace(ServiceDescriptor.Scoped(_ => users.Object)));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(Routes.UserCount);

        await response.ShouldBeProblemAsync(500, "internal server error");
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Not.Contain("hunter2").And.Not.Contain("InvalidOperationException").And.Not.Contain(" at "));
    }

    [Test]
    public async Task UserCount_WhenTheRepositoryThrows_LogsTheFaultForOperators()
    {
        var users = new Mock<IUserRepository>();
        users.Setup(u => u.CountAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException(SecretDetail));
        var logs = new CapturingLoggerProvider();
        using var factory = new MirageApiFactory(DatabaseProvider.Sqlite, services =>
        {
            services.Replace(ServiceDescriptor.Scoped(_ => users.Object));
            services.AddSingleton<ILoggerProvider>(logs);
        });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(Routes.UserCount);

        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.InternalServerError));
        Assert.That(
            logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Exception?.Message),
            Has.Some.EqualTo(SecretDetail),
            "a 500 with no log entry leaves operators blind");
    }
}
