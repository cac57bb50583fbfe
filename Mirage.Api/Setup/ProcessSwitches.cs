using Mirage.Api.Http;

namespace Mirage.Api.Setup;

/// <summary>
/// The settings that hold for the whole process rather than one host, set in this one place before the host is
/// built. The tests call it too, so they run as the service does.
/// </summary>
public static class ProcessSwitches
{
    // Since ASP.NET Core 7 a lone authentication scheme becomes every request's default unless this is set; then
    // every request that carries a token (the web client sends it everywhere) would look up its session, ping included.
    private const string SuppressAutoDefaultScheme = "Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme";

    public static void Apply()
    {
        AppContext.SetSwitch(SuppressAutoDefaultScheme, true);
        FieldNames.UseSnakeCase();
    }
}
