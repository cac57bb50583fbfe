
namespace Mirage.Tests.Api;

/// <summary>The contract's paths, in one place.</summary>
public static class Routes
{
    public const string Register = "/api/register";
    public const string Login = "/api/login";
    public const string Logout = "/api/logout";
    public const string Me = "/api/me";
    public const string UserCount = "/api/usercount";
    public const string Ping = "/api/ping";
    public const string Health = "/healthz";
    public const string OpenApiDocument = "/openapi/v1.json";
    public const string Docs = "/docs/index.html";
    public const string Sessions = "/api/sessions";
    public const string LogoutAll = "/api/logout_all";
    public const string ChangePassword = "/api/change_password";
    public const string DeleteAccount = "/api/delete_account";

    public static string Session(Guid id) => $"/api/sessions/{id}";

    public static string User(string username) => $"/api/user/{Uri.EscapeDataString(username)}";
}
