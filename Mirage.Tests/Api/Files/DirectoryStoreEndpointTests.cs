using Mirage.Domain.Files;
using Mirage.Infrastructure;

namespace Mirage.Tests.Api.Files;

public sealed class DirectoryStoreEndpointTests(DatabaseProvider provider) : FileStoreEndpointTests(provider, FileStoreKind.Directory);
