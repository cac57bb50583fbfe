using Mirage.Domain.Files;
using Mirage.Infrastructure;

namespace Mirage.Tests.Api.Files;

public sealed class DatabaseStoreEndpointTests(DatabaseProvider provider) : FileStoreEndpointTests(provider, FileStoreKind.Database);
