using Microsoft.AspNetCore.Mvc;
using Mirage.Api.Http;
using Mirage.Api.OpenApi;

namespace Mirage.Api.Status;

[ApiController]
[Route("api")]
[Tags(ApiTags.Status)]
public sealed class PingController : ControllerBase
{
    /// <summary>A cheap liveness probe that the web client polls; it touches no database.</summary>
    [HttpGet("ping")]
    [HttpHead("ping")]
    [ProducesResponseType<MessageResponse>(StatusCodes.Status200OK)]
    public IActionResult Ping() => Ok(new MessageResponse("pong"));
}
