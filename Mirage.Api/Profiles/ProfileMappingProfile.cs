using AutoMapper;
using Mirage.Domain.Profiles;
using Mirage.Domain.Users;

namespace Mirage.Api.Profiles;

/// <summary>Flat maps from profile reads and users to profile responses (no self-referential types; see GHSA-rvv3-g6hj-g44x).</summary>
public sealed class ProfileMappingProfile : Profile
{
    public ProfileMappingProfile()
    {
        CreateMap<ProfileStats, ProfileStatsResponse>();
        CreateMap<ProfileView, ProfileResponse>();
        CreateMap<OwnProfileView, MeResponse>().IncludeBase<ProfileView, ProfileResponse>();

        // The profile after an edit comes from the edited user.
        CreateMap<UserStats, ProfileStatsResponse>();
        CreateMap<User, ProfileResponse>();
        CreateMap<User, MeResponse>().IncludeBase<User, ProfileResponse>();
        CreateMap<User, ProfileUpdateResponse>()
            .IncludeBase<User, MeResponse>()
            .ForMember(r => r.Removed, options => options.Ignore());
        CreateMap<ProfileUpdate, ProfileUpdateResponse>().IncludeMembers(update => update.User);
    }
}
