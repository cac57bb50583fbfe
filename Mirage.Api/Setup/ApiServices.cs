using System.Text.Json;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Mirage.Api.Auth;
using Mirage.Api.Http;
using Mirage.Domain.Accounts;
using Mirage.Domain.Profiles;
using Mirage.Domain.Sessions;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Persistence;
using Mirage.Infrastructure.Security;

namespace Mirage.Api.Setup;

/// <summary>Everything Mirage registers in the container; the configuration keys are listed in README.md.</summary>
public static class ApiServices
{
    public const string ConnectionStringName = "Mirage";
    public const string DefaultConnectionString = "Data Source=mirage.db";

    public static WebApplicationBuilder AddMirage(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;

        services.AddMirageInfrastructure(
            configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString,
            configuration.GetValue("Security:PasswordHashIterations", IdentityPasswordHasher.DefaultIterationCount));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(configuration.GetSection(SessionPolicy.SectionName).Get<SessionPolicy>() ?? new SessionPolicy());
        services.AddScoped<SessionService>();
        services.AddScoped<AccountService>();
        services.AddScoped<ProfileService>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddAuthentication(SessionAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();

        services.AddControllers(options => options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true)
            .AddJsonOptions(options =>
            {
                options.AllowInputFormatterExceptionMessages = false;
                var json = options.JsonSerializerOptions;
                json.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
                json.DictionaryKeyPolicy = null;
                json.MaxDepth = 32;
                json.AllowDuplicateProperties = false;
                json.Converters.Add(new UtcDateTimeJsonConverter());
            })
            .ConfigureApiBehaviorOptions(options => options.InvalidModelStateResponseFactory = InvalidRequestResponse.Create);

        FieldNames.UseSnakeCase();
        services.AddFluentValidationAutoValidation();
        services.AddValidatorsFromAssemblyContaining<Program>();
        services.AddAutoMapper(_ => { }, typeof(Program));

        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemResponses.AddErrorString);
        services.AddExceptionHandler<ExceptionResponses>();
        services.AddHealthChecks().AddDbContextCheck<MirageDbContext>("database");
        services.AddOpenApi();

        var maxBodyBytes = configuration.GetValue("Limits:MaxRequestBodyBytes", RequestBodyLimit.DefaultMaxBytes);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBodyBytes);
        return builder;
    }
}
