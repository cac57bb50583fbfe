using AutoMapper;
using Mirage.Domain.Profiles;

namespace Mirage.Api.Profiles;

/// <summary>
/// Flat maps from the profile reads to the profile responses (no self-referential types; see
/// GHSA-rvv3-g6hj-g44x). The own profile is composed of the public one and the email; its responses
/// take the public fields from the included <see cref="OwnProfileView.Profile"/>.
/// </summary>
public sealed class ProfileMappingProfile : Profile
{
    public ProfileMappingProfile()
    {
        CreateMap<ProfileView, ProfileResponse>();

        CreateMap<OwnProfileView, MeResponse>().IncludeMembers(own => own.Profile);
        CreateMap<ProfileView, MeResponse>()
            .ForMember(r => r.Email, options => options.Ignore());

        CreateMap<ProfileUpdate, ProfileUpdateResponse>().IncludeMembers(update => update.Profile);
        CreateMap<OwnProfileView, ProfileUpdateResponse>()
            .IncludeMembers(own => own.Profile)
            .ForMember(r => r.Removed, options => options.Ignore());
        CreateMap<ProfileView, ProfileUpdateResponse>()
            .ForMember(r => r.Email, options => options.Ignore())
            .ForMember(r => r.Removed, options => options.Ignore());
    }
}
