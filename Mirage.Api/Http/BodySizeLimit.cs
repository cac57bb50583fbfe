using Microsoft.AspNetCore.Http.Metadata;
using Mirage.Domain.Common;

namespace Mirage.Api.Http;

/// <summary>An endpoint's own body cap, with the error a body over it gets (the default 413 message when <c>null</c>).</summary>
public sealed record BodySizeLimit(long? MaxRequestBodySize, Error? TooLarge = null) : IRequestSizeLimitMetadata;
