using Microsoft.AspNetCore.Mvc;

namespace Mirage.Api.Follows;

public sealed class CheckFollowQuery
{
    [FromQuery(Name = "username")]
    public string? Username { get; init; }
}
