using FluentValidation;

namespace Mirage.Api.Rooms;

public sealed class RoomMessagesQueryValidator : AbstractValidator<RoomMessagesQuery>
{
    public const string MissingRoomId = "missing token or room id";
    public const string InvalidAfter = "after must be a message id";

    public RoomMessagesQueryValidator()
    {
        RuleFor(q => q.RoomId).Must(id => RoomMessagesQuery.ParseId(id) is not null).WithMessage(MissingRoomId);
        RuleFor(q => q.After).Must(after => after is null || RoomMessagesQuery.ParseId(after) is not null).WithMessage(InvalidAfter);
    }
}
