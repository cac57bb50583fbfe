using AutoMapper;
using Mirage.Domain.Sessions;

namespace Mirage.Api.Sessions;

public sealed class SessionMappingProfile : Profile
{
    public SessionMappingProfile() => CreateMap<SessionView, SessionResponse>();
}
