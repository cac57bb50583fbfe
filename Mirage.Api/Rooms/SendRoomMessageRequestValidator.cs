using FluentValidation;
using Mirage.Domain.Common;
using Mirage.Domain.Rooms;

namespace Mirage.Api.Rooms;

public sealed class SendRoomMessageRequestValidator : AbstractValidator<SendRoomMessageRequest>
{
    public const string MissingFields = "missing fields";
    public static readonly string TooLong = $"message cannot exceed {RoomMessage.MessageMaxLength} characters";

    public SendRoomMessageRequestValidator()
    {
        RuleFor(r => r.RoomId).NotNull().WithMessage(MissingFields);
        RuleFor(r => r.Message).Cascade(CascadeMode.Stop)
            .Must(message => !string.IsNullOrWhiteSpace(message)).WithMessage(MissingFields)
            .Must(message => TextLength.IsWithin(message!.Trim(), RoomMessage.MessageMaxLength)).WithMessage(TooLong);
    }
}
