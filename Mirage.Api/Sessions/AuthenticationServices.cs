using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace Mirage.Api.Sessions;

public static class AuthenticationServices
{
    /// <summary>
    /// Session tokens, checked only where an endpoint requires a user: there is no default authenticate scheme
    /// (see <c>ProcessSwitches</c>), so public endpoints never pay for the session lookup.
    /// </summary>
    public static IServiceCollection AddMirageAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(options =>
            {
                options.DefaultChallengeScheme = SessionAuthenticationHandler.SchemeName;
                options.DefaultForbidScheme = SessionAuthenticationHandler.SchemeName;
            })
            .AddScheme<AuthenticationSchemeOptions, SessionAuthenticationHandler>(SessionAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder(SessionAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build());
        return services;
    }
}
