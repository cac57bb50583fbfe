using AutoMapper;
using Mirage.Domain.Follows;

namespace Mirage.Api.Follows;

public sealed class FollowMappingProfile : Profile
{
    public FollowMappingProfile() => CreateMap<FollowView, FollowUserResponse>();
}
