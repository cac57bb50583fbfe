using AutoMapper;
using Mirage.Domain.Posts;

namespace Mirage.Api.Posts;

public sealed class PostMappingProfile : Profile
{
    public PostMappingProfile() => CreateMap<PostView, PostResponse>();
}
