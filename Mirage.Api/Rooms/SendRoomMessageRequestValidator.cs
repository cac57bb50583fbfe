using FluentValidation;
using Mirage.Domain.Common;
using Mirage.Domain.Rooms;

namespace Mirage.Api.Rooms;

public sealed class SendRoomMessageRequestValidator : AbstractValidator<SendRoomMessageRequest>
{
    public SendRoomMessageRequestValidator()
    {
        RuleFor(r => r.RoomId).NotNull().WithMessage(RoomRequestMessages.MissingFields);
        RuleFor(r => r.Message).Cascade(CascadeMode.Stop)
            .Must(message => !string.IsNullOrWhiteSpace(message)).WithMessage(RoomRequestMessages.MissingFields)
            .Must(message => TextLength.IsWithin(message!.Trim(), RoomMessage.MessageMaxLength)).WithMessage(RoomRequestMessages.MessageTooLong);
    }
}
