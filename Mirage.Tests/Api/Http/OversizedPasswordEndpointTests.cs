using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mirage.Domain.Passwords;
using Mirage.Infrastructure.Passwords;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Http;

/// <summary>A huge password is refused before it reaches the deliberately slow hasher.</summary>
public sealed class OversizedPasswordEndpointTests : ProviderIndependentApiTest
{
    private readonly CountingPasswordHasher _hasher = new(new IdentityPasswordHasher());

    protected override MirageApiFactory CreateFactory() =>
        new(Provider, services => services.Replace(ServiceDescriptor.Singleton<IPasswordHasher>(_hasher)));

    [Test]
    public async Task Login_WithOneMegabytePassword_Returns413WithoutHashing()
    {
        using var response = await Client.LoginAsync("someone", new string('p', 1024 * 1024));

        await response.ShouldBeProblemAsync(413);
        Assert.That(_hasher.Calls, Is.Zero);
    }

    [Test]
    public async Task Login_WithPasswordJustUnderTheBodyCap_Returns400WithoutHashing()
    {
        using var response = await Client.LoginAsync("someone", new string('p', 60_000));

        await response.ShouldBeProblemAsync(400, "password must be at most 128 characters");
        Assert.That(_hasher.Calls, Is.Zero);
    }

    [Test]
    public async Task Register_WithOneMegabytePassword_Returns413WithoutHashing()
    {
        using var response = await Client.RegisterAsync(Names.Unique(), password: new string('p', 1024 * 1024));

        await response.ShouldBeProblemAsync(413);
        Assert.That(_hasher.Calls, Is.Zero);
    }
}
