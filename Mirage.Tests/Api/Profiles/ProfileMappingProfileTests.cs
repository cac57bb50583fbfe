using AutoMapper;
using Mirage.Api.Profiles;
using Mirage.Domain.Profiles;
using Mirage.Domain.Users;

namespace Mirage.Tests.Api.Profiles;

public sealed class ProfileMappingProfileTests
{
    private static readonly ProfileView Ann = new()
    {
        Username = "Ann",
        AvatarUrl = "https://cdn.example.com/ann.png",
        Description = "hello",
        CreatedAt = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        CustomCss = "body { color: red; }",
        BackgroundImage = "https://cdn.example.com/bg.png",
        Stats = new UserStats { Followers = 1, Following = 2, Posts = 3, Upvotes = 4, Downvotes = 5 },
    };

    private readonly MapperConfiguration _configuration = new(cfg => cfg.AddProfile<ProfileMappingProfile>());

    [Test]
    public void Configuration_MapsEveryResponseMember()
    {
        Assert.DoesNotThrow(_configuration.AssertConfigurationIsValid);
    }

    [Test]
    public void Map_OwnProfileViewToMeResponse_CarriesEmailProfileAndStats()
    {
        var me = _configuration.CreateMapper().Map<MeResponse>(new OwnProfileView(Ann, "ann@example.com"));

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
        var view = new ProfileView { Username = "Ann", Stats = new UserStats { Followers = 7 } };

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
        var update = new ProfileUpdate(new OwnProfileView(Ann, "ann@example.com"), ["position: fixed", "@import"]);

        var response = _configuration.CreateMapper().Map<ProfileUpdateResponse>(update);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Removed, Is.EqualTo(new[] { "position: fixed", "@import" }));
            Assert.That(response.Email, Is.EqualTo("ann@example.com"));
            Assert.That(response.Username, Is.EqualTo("Ann"));
            Assert.That(response.CustomCss, Is.EqualTo("body { color: red; }"));
            Assert.That(response.BackgroundImage, Is.EqualTo("https://cdn.example.com/bg.png"));
            Assert.That(
                new[] { response.Stats.Followers, response.Stats.Following, response.Stats.Posts, response.Stats.Upvotes, response.Stats.Downvotes },
                Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
        }
    }

    [Test]
    public void Map_ProfileUpdateWithNothingRemoved_GivesAnEmptyRemovedList()
    {
        var response = _configuration.CreateMapper().Map<ProfileUpdateResponse>(new ProfileUpdate(new OwnProfileView(Ann, "ann@example.com"), []));

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

    [TestCase("UserId")]
    [TestCase("Id")]
    public void Stats_HaveNoOwnerMember(string member)
    {
        Assert.That(typeof(UserStats).GetProperty(member), Is.Null);
    }
}
