using Mirage.Infrastructure;

namespace Mirage.Tests.Api.Support;

/// <summary>
/// An HTTP fixture about what the application does before or beside the database (headers, request
/// parsing, error bodies, rate limits, status): the provider cannot change its outcome, so it runs once,
/// on SQLite, not once per provider.
/// </summary>
public abstract class ProviderIndependentApiTest() : ApiTestBase(DatabaseProvider.Sqlite);
