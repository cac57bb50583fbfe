using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Mirage.Api.OpenApi;

/// <summary>
/// Names each operation after its path as the contract spells it: the literal segments after <c>/api</c>,
/// joined with <c>_</c> (<c>create_post</c>, <c>get_posts</c>, <c>user_settings</c>, <c>me</c>). GET and
/// POST need nothing more, since Mirage's paths are verbs; any other method is put in front
/// (<c>patch_me</c>, <c>delete_sessions</c>, <c>head_ping</c>), so no two operations share a name.
/// </summary>
public sealed class OperationIds : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.OperationId = For(context.Description.HttpMethod ?? "GET", context.Description.RelativePath ?? string.Empty);
        return Task.CompletedTask;
    }

    public static string For(string method, string relativePath)
    {
        var literals = relativePath.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(segment => !segment.StartsWith('{'))
            .SkipWhile(segment => segment == "api");
        var name = string.Join('_', literals);
        return method is "GET" or "POST" ? name : $"{method.ToLowerInvariant()}_{name}";
    }
}
