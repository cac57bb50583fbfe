namespace Mirage.Api.OpenApi;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, checked in as <c>docs/openapi.json</c> (a test keeps the
/// two equal). The operation transformers run in this order: security first, since the 401 follows from it.
/// </summary>
public static class OpenApiServices
{
    public static IServiceCollection AddMirageOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer<SchemaShapes>();
            options.AddOperationTransformer<OperationIds>();
            options.AddOperationTransformer<SessionSecurity>();
            options.AddOperationTransformer<FileUploadBody>();
            options.AddOperationTransformer<SharedFileResponses>();
            options.AddOperationTransformer<JsonResponses>();
            options.AddOperationTransformer<ProblemResponses>();
            options.AddDocumentTransformer<SessionSecurity>();
            options.AddDocumentTransformer<DocumentShape>();
        });
}
