using Mirage.Infrastructure;

namespace Mirage.Tests.Api.Support;

/// <summary>An HTTP fixture about SQLite itself (its file, its query plans): it runs on SQLite only.</summary>
public abstract class SqliteApiTest() : ApiTestBase(DatabaseProvider.Sqlite);
