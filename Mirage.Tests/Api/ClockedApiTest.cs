using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Mirage.Tests.Api;

/// <summary>An application whose clock the test moves.</summary>
public abstract class ClockedApiTest : ApiTest
{
    protected FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override MirageApiFactory CreateFactory() =>
        new(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
}
