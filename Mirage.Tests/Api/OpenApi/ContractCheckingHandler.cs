namespace Mirage.Tests.Api.OpenApi;

/// <summary>
/// Sits between a generated client and the test server and fails the test at the first answer the
/// document does not describe, so that a client that happens to cope with a wrong answer still cannot hide it.
/// </summary>
public sealed class ContractCheckingHandler(OpenApiContract contract) : DelegatingHandler
{
    private readonly List<string> _answered = [];

    /// <summary>The operations answered so far, in order, as "operationId status".</summary>
    public IReadOnlyList<string> Answered => _answered;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var (operationId, problems) = contract.Check(
            request.Method.Method, request.RequestUri!.AbsolutePath, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
        if (problems.Count > 0)
        {
            throw new AssertionException($"The document does not describe this answer:\n{string.Join("\n", problems)}\nBody: {body}");
        }

        lock (_answered)
        {
            _answered.Add($"{operationId} {(int)response.StatusCode}");
        }

        return response;
    }
}
