using Mirage.Api.Setup;

ProcessSwitches.Apply();
var builder = WebApplication.CreateBuilder(args);
builder.AddMirage();

var app = builder.Build();
app.ValidateSettings();
await app.MigrateDatabaseAsync();
app.UseMirage();
await app.RunAsync();

/// <summary>The entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the tests.</summary>
public partial class Program;
