using Microsoft.AspNetCore.Mvc;
using Mirage.Domain.Common;

namespace Mirage.Api.Http;

/// <summary>The one place where domain outcomes become controller responses.</summary>
public static class ResultExtensions
{
    public static IActionResult ToActionResult<T>(this ControllerBase controller, Result<T> result, Func<T, IActionResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : controller.ToActionResult(result.Error!);

    public static IActionResult ToActionResult(this ControllerBase controller, Error error) => new ProblemResult(error);
}
