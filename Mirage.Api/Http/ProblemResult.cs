using Microsoft.AspNetCore.Mvc;
using Mirage.Domain.Common;

namespace Mirage.Api.Http;

/// <summary>A controller's error answer: written by <see cref="ProblemWriter"/>, like every other error.</summary>
public sealed class ProblemResult(Error error, IReadOnlyDictionary<string, string[]>? errors = null) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => ProblemWriter.WriteAsync(context.HttpContext, error, errors).AsTask();
}
