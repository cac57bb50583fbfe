using Mirage.Api.Http;

namespace Mirage.Tests;

/// <summary>Every test sees FluentValidation configured as the running service configures it.</summary>
[SetUpFixture]
public sealed class TestAssemblySetup
{
    [OneTimeSetUp]
    public void ConfigureLikeProduction() => FieldNames.UseSnakeCase();
}
