using System.Security.Cryptography;
using System.Text;
using Mirage.Api.Http;
using Mirage.Api.Sessions;

namespace Mirage.Api.Observability;

/// <summary>
/// In front of the scrape endpoint when <see cref="MetricsSettings.ScrapeToken"/> is set: a request without that
/// token in <c>Authorization</c> (bearer or raw, as the API reads session tokens) gets the usual 401 problem.
/// </summary>
public sealed class ScrapeTokenCheck(RequestDelegate next, string scrapeToken)
{
    // Compared as hashes, so the comparison takes the same time whatever the length of what was presented.
    private readonly byte[] _expected = Hash(scrapeToken);

    public Task InvokeAsync(HttpContext context) =>
        AuthorizationHeader.ReadToken(context.Request) is { } presented && CryptographicOperations.FixedTimeEquals(Hash(presented), _expected)
            ? next(context)
            : ProblemWriter.WriteAsync(context, StatusCodes.Status401Unauthorized).AsTask();

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
