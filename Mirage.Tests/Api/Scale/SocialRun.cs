using System.Net;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Scale;

/// <summary>Fires planned requests all at once and keeps what each answered.</summary>
public static class SocialRun
{
    public sealed record Answer(SocialRequest Request, HttpStatusCode Status, string Body);

    public static async Task<IReadOnlyList<Answer>> SendAllAtOnceAsync(this HttpClient client, IEnumerable<SocialRequest> requests) =>
        await Task.WhenAll(requests.Select(async request =>
        {
            using var response = await client.PostAsAsync(request.Sender, request.Path, request.Body);
            return new Answer(request, response.StatusCode, await response.Content.ReadAsStringAsync());
        }));

    /// <summary>Expected refusals ("already following", "post not found") are fine; a server error never is.</summary>
    public static void AssertNoServerErrors(IReadOnlyList<Answer> answers)
    {
        var errors = answers.Where(a => (int)a.Status >= 500)
            .Select(a => $"{a.Request.Kind} by {a.Request.Sender.Username}: {(int)a.Status} {a.Body}")
            .ToList();
        Assert.That(errors, Is.Empty, $"{errors.Count} of {answers.Count} requests failed on the server:\n" + string.Join("\n", errors.Take(20)));
    }

    public static string Summary(IReadOnlyList<Answer> answers) =>
        string.Join(", ", answers.GroupBy(a => (a.Request.Kind, (int)a.Status)).OrderBy(g => g.Key).Select(g => $"{g.Key.Kind} {g.Key.Item2}: {g.Count()}"));
}
