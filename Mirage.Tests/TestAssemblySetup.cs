using Mirage.Api.Setup;

namespace Mirage.Tests;

/// <summary>Every test sees the process configured as the running service configures it.</summary>
[SetUpFixture]
public sealed class TestAssemblySetup
{
    [OneTimeSetUp]
    public void ConfigureLikeProduction() => ProcessSwitches.Apply();
}
