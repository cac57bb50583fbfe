using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Mirage.Api.OpenApi;

/// <summary>
/// Declares the session token as an HTTP bearer scheme and puts it on exactly the operations whose
/// authorization policy, combined as the authorization middleware combines it, asks for a user; the
/// operations' 401 is <see cref="ProblemResponses"/>'s to describe.
/// </summary>
public sealed class SessionSecurity(IAuthorizationPolicyProvider policies) : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    public const string SchemeId = "session_token";

    public static readonly OpenApiSecurityScheme Scheme = new()
    {
        Type = SecuritySchemeType.Http,
        Scheme = "bearer",
        Description = "The token from `POST /api/login`, in the `Authorization` header: `Bearer <token>`, or the raw token "
            + "alone (`Authorization: <token>`, as the first web client sends it). Missing, unknown, expired or revoked: 401.",
    };

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!await RequiresUserAsync(context.Description.ActionDescriptor.EndpointMetadata))
        {
            return;
        }

        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, context.Document)] = [] }];
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.AddComponent<IOpenApiSecurityScheme>(SchemeId, Scheme);
        return Task.CompletedTask;
    }

    private async Task<bool> RequiresUserAsync(IList<object> metadata)
    {
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return false;
        }

        var policy = await AuthorizationPolicy.CombineAsync(policies, metadata.OfType<IAuthorizeData>().ToList(), metadata.OfType<AuthorizationPolicy>())
            ?? await policies.GetFallbackPolicyAsync();
        return policy is not null;
    }
}
