using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Mirage.Tests.Api.Support;
using Mirage.Tests.Client;

namespace Mirage.Tests.Api.OpenApi;

/// <summary>
/// Clients generated from <c>docs/openapi.json</c> (<c>Mirage.Tests.Client</c>, built by Kiota) on one HTTP
/// connection to the test server, through a <see cref="ContractCheckingHandler"/>; each signed-in client
/// sends its token as the document's scheme says, <c>Authorization: Bearer &lt;token&gt;</c>.
/// </summary>
public sealed class GeneratedClients : IDisposable
{
    private const string BaseUrl = "http://localhost";

    private readonly HttpClient _http;

    public GeneratedClients(MirageApiFactory factory)
    {
        Contract = new ContractCheckingHandler(new OpenApiContract(CheckedInDocument.Read()));
        _http = factory.CreateDefaultClient(Contract);
    }

    public ContractCheckingHandler Contract { get; }

    public MirageClient Anonymous() => Create(new AnonymousAuthenticationProvider());

    public MirageClient SignedIn(string token) => Create(new SessionToken(token));

    public void Dispose() => _http.Dispose();

    private MirageClient Create(IAuthenticationProvider authentication) =>
        new(new HttpClientRequestAdapter(authentication, httpClient: _http) { BaseUrl = BaseUrl });

    private sealed class SessionToken(string token) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(
            RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
        {
            request.Headers.Add("Authorization", $"Bearer {token}");
            return Task.CompletedTask;
        }
    }
}
