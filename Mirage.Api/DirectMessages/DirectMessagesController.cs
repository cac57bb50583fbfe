using AutoMapper;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Mirage.Api.Http;
using Mirage.Api.ListCache;
using Mirage.Api.OpenApi;
using Mirage.Api.Paging;
using Mirage.Api.Security;
using Mirage.Domain.DirectMessages;

namespace Mirage.Api.DirectMessages;

/// <summary>The first backend's inbox: direct messages between two users, or notes to oneself.</summary>
[ApiController]
[Authorize]
[Route("api")]
[Tags(ApiTags.Messages)]
public sealed class DirectMessagesController(DirectMessageService messages, IMapper mapper) : ControllerBase
{
    /// <summary>Sends a message to a user (by username); rate limited per sender.</summary>
    [HttpPost("send_inbox_message")]
    [EnableRateLimiting(RateLimits.SendMessage)]
    [ProducesResponseType<MessageSentResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(SendMessageRequestValidator), nameof(SendMessageRequestValidator.MissingRecipientOrMessage))]
    [ProducesError(typeof(SendMessageRequestValidator), nameof(SendMessageRequestValidator.TooLong))]
    [ProducesError(typeof(DirectMessageErrors), nameof(DirectMessageErrors.RecipientNotFound))]
    public async Task<IActionResult> Send(SendMessageRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(
            await messages.SendAsync(request.Recipient!, request.Message!, cancellationToken),
            sent => Ok(new MessageSentResponse("message sent", mapper.Map<DirectMessageResponse>(sent))));

    /// <summary>Messages sent and received, newest first; the first page marks what it shows as read.</summary>
    [HttpGet("inbox")]
    [OutputCache(PolicyName = ListCachePolicy.Inbox)]
    [ProducesResponseType<InboxResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.LimitOutOfRange))]
    [ProducesError(typeof(PageQueryValidator), nameof(PageQueryValidator.InvalidCursor))]
    public async Task<IActionResult> Inbox([FromQuery] PageQuery page, CancellationToken cancellationToken)
    {
        var found = await messages.ListAsync(page.ToPageRequest(), cancellationToken);
        return Ok(new InboxResponse(mapper.Map<IReadOnlyList<DirectMessageResponse>>(found.Items), found.Next?.Encode()));
    }

    /// <summary>Deletes a message the caller sent or received, for both parties.</summary>
    [HttpPost("delete_inbox_message")]
    [ProducesResponseType<MessageResponse>(StatusCodes.Status200OK)]
    [ProducesError(typeof(MessageIdRequestValidator), nameof(MessageIdRequestValidator.MissingMessageId))]
    [ProducesError(typeof(DirectMessageErrors), nameof(DirectMessageErrors.NotFound))]
    public async Task<IActionResult> Delete(MessageIdRequest request, CancellationToken cancellationToken) =>
        this.ToActionResult(await messages.DeleteAsync(request.MessageId!.Value, cancellationToken), _ => Ok(new MessageResponse("message deleted successfully")));

    /// <summary>How many messages the caller has sent and received, and how many from others are unread.</summary>
    [HttpGet("inbox_count")]
    [ProducesResponseType<InboxCountResponse>(StatusCodes.Status200OK)]
    public async Task<IActionResult> Count(CancellationToken cancellationToken)
    {
        var count = await messages.CountAsync(cancellationToken);
        return Ok(new InboxCountResponse(count.Total, count.Unread));
    }
}
