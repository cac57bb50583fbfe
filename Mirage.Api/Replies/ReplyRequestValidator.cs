using FluentValidation;
using Mirage.Api.Http;
using Mirage.Api.Posts;
using Mirage.Domain.Posts;

namespace Mirage.Api.Replies;

public sealed class ReplyRequestValidator : AbstractValidator<ReplyRequest>
{
    public const string NothingToReply = "nothing to reply";
    public static readonly string TooLong = $"reply content cannot exceed {Post.ContentMaxLength} characters";

    public ReplyRequestValidator()
    {
        RuleFor(r => r.PostId).NotNull().WithMessage(RequestMessages.MissingFields);
        RuleFor(r => r.Content).ValidContent(NothingToReply, TooLong);
    }
}
