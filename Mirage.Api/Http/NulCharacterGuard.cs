using Mirage.Domain.Common;

namespace Mirage.Api.Http;

/// <summary>
/// Refuses a request whose query string holds a NUL character (<c>%00</c>) with a 400. No name or
/// cursor can contain one, and PostgreSQL refuses NUL in text, so letting it reach a query would be a
/// 500 there and a pointless lookup on SQLite. Kestrel already refuses <c>%00</c> in the path, and
/// JSON bodies are checked by <see cref="NulFreeStringConverter"/>.
/// </summary>
public sealed class NulCharacterGuard(RequestDelegate next)
{
    public const string Message = "the request contains a NUL character";

    private static readonly Error NulCharacter = new(ErrorKind.Invalid, Message);

    public Task InvokeAsync(HttpContext context)
    {
        // A NUL can reach the query only percent-encoded (Kestrel refuses a raw one), so the raw string
        // tells, without parsing the query of every request.
        return context.Request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true
            ? ProblemWriter.WriteAsync(context, NulCharacter).AsTask()
            : next(context);
    }
}
