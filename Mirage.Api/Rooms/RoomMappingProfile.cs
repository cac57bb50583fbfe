using AutoMapper;
using Mirage.Domain.Rooms;

namespace Mirage.Api.Rooms;

public sealed class RoomMappingProfile : Profile
{
    public RoomMappingProfile()
    {
        CreateMap<RoomMessageView, RoomMessageResponse>();
        CreateMap<PublicRoomView, PublicRoomResponse>();
        CreateMap<MemberRoomView, UserRoomResponse>();
    }
}
