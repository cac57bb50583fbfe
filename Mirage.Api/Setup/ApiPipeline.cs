using Mirage.Api.Http;
using Mirage.Api.Observability;
using Mirage.Api.Security;
using Mirage.Api.Status;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Persistence.Profiles;

namespace Mirage.Api.Setup;

public static class ApiPipeline
{
    public const string DocsPath = "docs";
    public const string OpenApiDocumentPath = "/openapi/v1.json";

    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await DatabaseMigrator.MigrateAsync(scope.ServiceProvider.GetRequiredService<MirageDbContext>(), app.Lifetime.ApplicationStopping);
        await scope.ServiceProvider.GetRequiredService<CustomCssBackfill>().RunAsync(app.Lifetime.ApplicationStopping);
    }

    public static WebApplication UseMirage(this WebApplication app)
    {
        app.UseMirageTrustedProxies();

        // First, so that a preflight is answered before anything else looks at it, and so that every answer,
        // errors from the middleware below included, carries the CORS headers the browser needs to show its error.
        app.UseCors();
        app.UseMiddleware<SecurityHeaders>("/" + DocsPath);
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // Inside the exception handler, so that the cancelled work of a request that ran out of time is
        // answered by the timeout's own 503 rather than as a fault.
        app.UseRequestTimeouts();
        app.UseMiddleware<RequestBodyLimit>();
        app.UseMiddleware<NulCharacterGuard>();

        // Only requests for the docs page pass through Swagger UI, which matches every path it sees
        // against a regular expression.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/" + DocsPath, StringComparison.OrdinalIgnoreCase),
            docs => docs.UseSwaggerUI(options =>
            {
                options.SwaggerEndpoint(OpenApiDocumentPath, "Mirage API v1");
                options.RoutePrefix = DocsPath;
                options.DocumentTitle = "Mirage API";
            }));
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        // After the limiter, so that answers served from the cache still count against it.
        app.UseOutputCache();

        app.MapControllers();
        app.MapOpenApi();
        app.MapMirageHealthChecks();
        app.MapMirageMetrics();
        return app;
    }
}
