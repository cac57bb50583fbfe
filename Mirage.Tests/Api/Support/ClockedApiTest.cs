using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Mirage.Infrastructure;

namespace Mirage.Tests.Api.Support;

/// <summary>
/// An application whose clock the test moves. Its lists are read from the database every time: the output cache
/// that keeps them times its entries by the system's clock, which the test does not move.
/// </summary>
public abstract class ClockedApiTest(DatabaseProvider provider) : ApiTest(provider)
{
    protected static readonly IReadOnlyDictionary<string, string> ListCacheOff = new Dictionary<string, string> { ["ListCache:Lifetime"] = "00:00:00" };

    protected FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override MirageApiFactory CreateFactory() =>
        new(Provider, services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)), ListCacheOff);
}
