using System.Reflection;
using Mirage.Api.Http;
using DomainError = Mirage.Domain.Common.Error;

namespace Mirage.Api.OpenApi;

/// <summary>
/// Documents one fixed <c>error</c> string an action can answer with (<see cref="ProblemResponses"/> adds the
/// response and lists the string), named by the field that holds it so that the document and the answer
/// cannot drift apart: a domain <see cref="DomainError"/> (<c>typeof(UserErrors), nameof(UserErrors.NotFound)</c>)
/// has the status <see cref="ProblemWriter"/> gives its kind; a validation message (a string) is a 400.
/// Messages built from configuration are given outright, with their status.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ProducesErrorAttribute : Attribute
{
    public ProducesErrorAttribute(Type catalog, string member) => (StatusCode, Error) = Resolve(catalog, member);

    public ProducesErrorAttribute(int statusCode, string error) => (StatusCode, Error) = (statusCode, error);

    public int StatusCode { get; }

    public string Error { get; }

    private static (int StatusCode, string Error) Resolve(Type catalog, string member)
    {
        var field = catalog.GetField(member, BindingFlags.Public | BindingFlags.Static)
            ?? throw new ArgumentException($"{catalog.Name} has no public static field {member}.", nameof(member));
        return field.GetValue(null) switch
        {
            DomainError error => (ProblemWriter.StatusCodeOf(error.Kind), error.Message),
            string message => (StatusCodes.Status400BadRequest, message),
            _ => throw new ArgumentException($"{catalog.Name}.{member} is neither an Error nor a message.", nameof(member)),
        };
    }
}
