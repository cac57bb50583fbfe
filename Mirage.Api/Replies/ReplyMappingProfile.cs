using AutoMapper;
using Mirage.Domain.Replies;

namespace Mirage.Api.Replies;

public sealed class ReplyMappingProfile : Profile
{
    public ReplyMappingProfile() => CreateMap<ReplyView, ReplyResponse>();
}
