using Mirage.Api.Import;
using Mirage.Api.Setup;

ProcessSwitches.Apply();
if (ImportArguments.IsRequested(args))
{
    return await ImportCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddMirage();

var app = builder.Build();
app.ValidateSettings();
if (!await app.TryMigrateDatabaseAsync())
{
    // Disposing flushes the console logger, so the line that says why is written before the exit.
    await app.DisposeAsync();
    return 1;
}

app.UseMirage();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
