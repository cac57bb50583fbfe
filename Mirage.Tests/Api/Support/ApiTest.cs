using Mirage.Infrastructure;

namespace Mirage.Tests.Api.Support;

/// <summary>An HTTP fixture that runs once per database provider (the fixture name says which).</summary>
[TestFixtureSource(typeof(TestProviders), nameof(TestProviders.All))]
public abstract class ApiTest(DatabaseProvider provider) : ApiTestBase(provider);
