using AutoMapper;
using Mirage.Domain.Profiles;
using Mirage.Domain.Users;

namespace Mirage.Api.Profiles;

/// <summary>Flat maps from users to profile responses (no self-referential types; see GHSA-rvv3-g6hj-g44x).</summary>
public sealed class ProfileMappingProfile : Profile
{
    public ProfileMappingProfile()
    {
        CreateMap<UserStats, ProfileStatsResponse>();
        CreateMap<User, ProfileResponse>();
        CreateMap<User, MeResponse>().IncludeBase<User, ProfileResponse>();
        CreateMap<User, ProfileUpdateResponse>()
            .IncludeBase<User, MeResponse>()
            .ForMember(r => r.Removed, options => options.Ignore());
        CreateMap<ProfileUpdate, ProfileUpdateResponse>().IncludeMembers(update => update.User);
    }
}
