using AutoMapper;
using Mirage.Api.Profiles;
using Mirage.Domain.Profiles;
using Mirage.Tests.Builders;

namespace Mirage.Tests.Api.Profiles;

public sealed class ProfileMappingProfileTests
{
    private readonly MapperConfiguration _configuration = new(cfg => cfg.AddProfile<ProfileMappingProfile>());

    [Test]
    public void Configuration_MapsEveryResponseMember()
    {
        Assert.DoesNotThrow(_configuration.AssertConfigurationIsValid);
    }

    [Test]
    public void Map_UserToMeResponse_CarriesEmailProfileAndStats()
    {
        var user = new UserBuilder()
            .WithUsername("Ann")
            .WithEmail("Ann@Example.com")
            .WithAvatarUrl("https://cdn.example.com/ann.png")
            .WithDescription("hello")
            .WithCustomCss("body { color: red; }")
            .WithBackgroundImage("https://cdn.example.com/bg.png")
            .WithCreatedAt(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc))
            .WithStats(followers: 1, following: 2, posts: 3, upvotes: 4, downvotes: 5)
            .Build();

        var me = _configuration.CreateMapper().Map<MeResponse>(user);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(me.Email, Is.EqualTo("Ann@Example.com"));
            Assert.That(me.Username, Is.EqualTo("Ann"));
            Assert.That(me.AvatarUrl, Is.EqualTo("https://cdn.example.com/ann.png"));
            Assert.That(me.Description, Is.EqualTo("hello"));
            Assert.That(me.CustomCss, Is.EqualTo("body { color: red; }"));
            Assert.That(me.BackgroundImage, Is.EqualTo("https://cdn.example.com/bg.png"));
            Assert.That(me.CreatedAt, Is.EqualTo(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)));
            Assert.That(
                new[] { me.Stats.Followers, me.Stats.Following, me.Stats.Posts, me.Stats.Upvotes, me.Stats.Downvotes },
                Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        }
    }

    [Test]
    public void Map_UserToProfileResponse_GivesThePublicProfileOnly()
    {
        var user = new UserBuilder().WithUsername("Ann").WithStats(7, 0, 0, 0, 0).Build();

        var profile = _configuration.CreateMapper().Map<ProfileResponse>(user);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile, Is.TypeOf<ProfileResponse>());
            Assert.That(profile.Username, Is.EqualTo("Ann"));
            Assert.That(profile.Stats.Followers, Is.EqualTo(7));
        }
    }

    [Test]
    public void Map_OwnProfileViewToMeResponse_CarriesEmailProfileAndStats()
    {
        var view = new OwnProfileView
        {
            Username = "Ann",
            Email = "ann@example.com",
            AvatarUrl = "https://cdn.example.com/ann.png",
            Description = "hello",
            CreatedAt = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            CustomCss = "body { color: red; }",
            BackgroundImage = "https://cdn.example.com/bg.png",
            Stats = new ProfileStats { Followers = 1, Following = 2, Posts = 3, Upvotes = 4, Downvotes = 5 },
        };

        var me = _configuration.CreateMapper().Map<MeResponse>(view);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(me.Email, Is.EqualTo("ann@example.com"));
            Assert.That(me.Username, Is.EqualTo("Ann"));
            Assert.That(me.AvatarUrl, Is.EqualTo("https://cdn.example.com/ann.png"));
            Assert.That(me.Description, Is.EqualTo("hello"));
            Assert.That(me.CustomCss, Is.EqualTo("body { color: red; }"));
            Assert.That(me.BackgroundImage, Is.EqualTo("https://cdn.example.com/bg.png"));
            Assert.That(me.CreatedAt, Is.EqualTo(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)));
            Assert.That(
                new[] { me.Stats.Followers, me.Stats.Following, me.Stats.Posts, me.Stats.Upvotes, me.Stats.Downvotes },
                Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        }
    }

    [Test]
    public void Map_ProfileViewToProfileResponse_GivesThePublicProfileOnly()
    {
        var view = new ProfileView { Username = "Ann", Stats = new ProfileStats { Followers = 7 } };

        var profile = _configuration.CreateMapper().Map<ProfileResponse>(view);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile, Is.TypeOf<ProfileResponse>());
            Assert.That(profile.Username, Is.EqualTo("Ann"));
            Assert.That(profile.Stats.Followers, Is.EqualTo(7));
        }
    }

    [Test]
    public void Map_ProfileUpdateToProfileUpdateResponse_CarriesRemovedEmailProfileAndStats()
    {
        var user = new UserBuilder()
            .WithUsername("Ann")
            .WithEmail("ann@example.com")
            .WithCustomCss(".mirage-profile h1 { color: blue; }")
            .WithBackgroundImage("https://cdn.example.com/bg.png")
            .WithStats(followers: 1, following: 2, posts: 3, upvotes: 4, downvotes: 5)
            .Build();
        var update = new ProfileUpdate(user, ["position: fixed", "@import"]);

        var response = _configuration.CreateMapper().Map<ProfileUpdateResponse>(update);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Removed, Is.EqualTo(new[] { "position: fixed", "@import" }));
            Assert.That(response.Email, Is.EqualTo("ann@example.com"));
            Assert.That(response.Username, Is.EqualTo("Ann"));
            Assert.That(response.CustomCss, Is.EqualTo(".mirage-profile h1 { color: blue; }"));
            Assert.That(response.BackgroundImage, Is.EqualTo("https://cdn.example.com/bg.png"));
            Assert.That(
                new[] { response.Stats.Followers, response.Stats.Following, response.Stats.Posts, response.Stats.Upvotes, response.Stats.Downvotes },
                Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        }
    }

    [Test]
    public void Map_ProfileUpdateWithNothingRemoved_GivesAnEmptyRemovedList()
    {
        var response = _configuration.CreateMapper().Map<ProfileUpdateResponse>(new ProfileUpdate(new UserBuilder().Build(), []));

        Assert.That(response.Removed, Is.Not.Null.And.Empty);
    }

    [TestCase("Email")]
    [TestCase("NormalizedEmail")]
    [TestCase("PasswordHash")]
    [TestCase("Token")]
    [TestCase("Id")]
    public void ProfileResponse_HasNoPrivateMember(string member)
    {
        Assert.That(typeof(ProfileResponse).GetProperty(member), Is.Null);
    }
}
