using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Mirage.Infrastructure;

namespace Mirage.Tests.Api.Support;

/// <summary>An application whose clock the test moves.</summary>
public abstract class ClockedApiTest(DatabaseProvider provider) : ApiTest(provider)
{
    protected FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override MirageApiFactory CreateFactory() =>
        new(Provider, services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
}
