using System.Text;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Formatters;
using Mirage.Api.Accounts;
using Mirage.Api.Http;
using Mirage.Api.Passwords;
using Mirage.Api.Security;
using Mirage.Api.Sessions;
using Mirage.Domain.Accounts;
using Mirage.Domain.Feed;
using Mirage.Domain.Follows;
using Mirage.Domain.Passwords;
using Mirage.Domain.Posts;
using Mirage.Domain.Profiles;
using Mirage.Domain.Replies;
using Mirage.Domain.Sessions;
using Mirage.Domain.Votes;
using Mirage.Infrastructure;
using Mirage.Infrastructure.Passwords;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Api.Setup;

/// <summary>Everything Mirage registers in the container; the configuration keys are listed in README.md.</summary>
public static class ApiServices
{
    private const string SuppressAutoDefaultScheme = "Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme";

    public static WebApplicationBuilder AddMirage(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;

        var database = DatabaseSettings.From(configuration);
        services.AddMirageInfrastructure(
            database.Provider,
            database.ConnectionString,
            configuration.GetValue("Security:PasswordHashIterations", IdentityPasswordHasher.DefaultIterationCount));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(configuration.GetSection(SessionPolicy.SectionName).Get<SessionPolicy>() ?? new SessionPolicy());
        services.AddSingleton((configuration.GetSection(LockoutPolicy.SectionName).Get<LockoutPolicy>() ?? new LockoutPolicy()).Validated());
        var hashing = PasswordHashingSettings.From(configuration);
        services.AddSingleton<IPasswordHashingScheduler>(provider => new PasswordHashingThreads(
            hashing.Threads,
            hashing.Niceness,
            hashing.MaxWait,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<PasswordHashingThreads>>()));
        services.AddSingleton<PasswordService>();
        services.AddScoped<PasswordGuard>();
        services.AddScoped<SessionService>();
        services.AddScoped<AccountService>();
        services.AddScoped<AccountSettingsService>();
        services.AddScoped<ProfileService>();
        services.AddScoped<FollowService>();
        services.AddScoped<PostService>();
        services.AddScoped<VoteService>();
        services.AddScoped<ReplyService>();
        services.AddScoped<FeedService>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<IClientInfo, HttpClientInfo>();
        services.AddSingleton<ISecurityEvents, SecurityEventLog>();
        services.AddMirageRateLimits(configuration);
        services.Configure<ForwardedHeadersOptions>(options => TrustedProxies.Configure(options, configuration));

        // No default authenticate scheme: only endpoints that require a user pay for the session lookup.
        // Since ASP.NET Core 7 a lone scheme becomes the default unless this switch is set; without it every
        // request that carries a token (the web client sends it everywhere) looked up its session, ping included.
        AppContext.SetSwitch(SuppressAutoDefaultScheme, true);
        services.AddAuthentication(options =>
            {
                options.DefaultChallengeScheme = SessionAuthenticationHandler.SchemeName;
                options.DefaultForbidScheme = SessionAuthenticationHandler.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(SessionAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build());

        services.AddControllers(options =>
            {
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                BindingMessages.UseFieldNames(options.ModelBindingMessageProvider);

                // JSON is UTF-8 (RFC 8259); other charsets are refused with 415 rather than half-decoded.
                foreach (var formatter in options.InputFormatters.OfType<SystemTextJsonInputFormatter>())
                {
                    foreach (var encoding in formatter.SupportedEncodings.Where(e => e.CodePage != Encoding.UTF8.CodePage).ToList())
                    {
                        formatter.SupportedEncodings.Remove(encoding);
                    }
                }
            })
            .AddJsonOptions(options =>
            {
                options.AllowInputFormatterExceptionMessages = false;
                JsonConventions.Apply(options.JsonSerializerOptions);
            })
            .ConfigureApiBehaviorOptions(options => options.InvalidModelStateResponseFactory = InvalidRequestResponse.Create);

        FieldNames.UseSnakeCase();
        // Validation is FluentValidation's alone (no DataAnnotations attributes anywhere), so MVC need not look for them.
        services.AddFluentValidationAutoValidation(options => options.DisableDataAnnotationsValidation = true);
        services.AddValidatorsFromAssemblyContaining<Program>();
        services.AddAutoMapper(_ => { }, typeof(Program));

        services.ConfigureHttpJsonOptions(options => JsonConventions.Apply(options.SerializerOptions));
        services.AddSingleton<IProblemDetailsWriter, JsonProblemDetailsWriter>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemResponses.Complete);
        services.AddExceptionHandler<ExceptionResponses>();
        services.AddHealthChecks().AddDbContextCheck<MirageDbContext>("database");
        services.AddOpenApi();

        var maxBodyBytes = RequestBodyLimit.MaxBytes(configuration);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = maxBodyBytes);
        return builder;
    }
}
