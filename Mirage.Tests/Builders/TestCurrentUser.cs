using Mirage.Domain.Sessions;
using Moq;

namespace Mirage.Tests.Builders;

/// <summary>The signed-in caller as domain services see it.</summary>
public static class TestCurrentUser
{
    public static ICurrentUser WithId(long userId, string username = "me") =>
        Mock.Of<ICurrentUser>(c => c.UserId == userId && c.Username == username);
}
