using AutoMapper;
using Mirage.Domain.DirectMessages;

namespace Mirage.Api.DirectMessages;

public sealed class DirectMessageMappingProfile : Profile
{
    public DirectMessageMappingProfile() => CreateMap<DirectMessageView, DirectMessageResponse>();
}
