using FluentValidation;
using Mirage.Domain.Common;
using Mirage.Domain.DirectMessages;

namespace Mirage.Api.DirectMessages;

public sealed class SendMessageRequestValidator : AbstractValidator<SendMessageRequest>
{
    public const string MissingRecipientOrMessage = "missing recipient or message";
    public static readonly string TooLong = $"message cannot exceed {DirectMessage.MessageMaxLength} characters";

    public SendMessageRequestValidator()
    {
        RuleFor(r => r.Recipient).NotEmpty().WithMessage(MissingRecipientOrMessage);

        // Stored as written (Markdown may start with indentation); only an all-blank message is missing.
        RuleFor(r => r.Message).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(MissingRecipientOrMessage)
            .Must(message => TextLength.IsWithin(message!, DirectMessage.MessageMaxLength))
            .WithMessage(TooLong);
    }
}
