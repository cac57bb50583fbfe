using AutoMapper;
using Mirage.Domain.Profiles;

namespace Mirage.Api.Accounts;

/// <summary>Flat maps from a profile update to the settings answer, as for <c>PATCH /api/me</c> (see ProfileMappingProfile).</summary>
public sealed class UserSettingsMappingProfile : Profile
{
    public UserSettingsMappingProfile()
    {
        CreateMap<ProfileUpdate, UserSettingsResponse>()
            .IncludeMembers(update => update.Profile)
            .ForMember(r => r.Message, options => options.Ignore());
        CreateMap<OwnProfileView, UserSettingsResponse>()
            .IncludeMembers(own => own.Profile)
            .ForMember(r => r.Message, options => options.Ignore())
            .ForMember(r => r.Removed, options => options.Ignore());
        CreateMap<ProfileView, UserSettingsResponse>()
            .ForMember(r => r.Message, options => options.Ignore())
            .ForMember(r => r.Email, options => options.Ignore())
            .ForMember(r => r.Removed, options => options.Ignore());
    }
}
