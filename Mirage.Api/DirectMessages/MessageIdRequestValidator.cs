using FluentValidation;

namespace Mirage.Api.DirectMessages;

public sealed class MessageIdRequestValidator : AbstractValidator<MessageIdRequest>
{
    public const string MissingMessageId = "missing message ID";

    public MessageIdRequestValidator() => RuleFor(r => r.MessageId).NotNull().WithMessage(MissingMessageId);
}
