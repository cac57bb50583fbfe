using Mirage.Infrastructure;

namespace Mirage.Tests.Api.Support;

/// <summary>The databases every HTTP fixture runs on: the same tests, once per provider.</summary>
public static class TestProviders
{
    public static readonly DatabaseProvider[] All = [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];
}
