using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Mirage.Infrastructure.Persistence;

namespace Mirage.Tests.Api.Support;

/// <summary>
/// Writes hashes into the test database the way the legacy importer does (an account's Werkzeug hash, a room's
/// <c>sha256:</c> hash), and reads back what the server stored after a sign-in or a join.
/// </summary>
public static class LegacyHashExtensions
{
    public static async Task SetPasswordHashAsync(this MirageApiFactory factory, string username, string passwordHash)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var updated = await scope.ServiceProvider.GetRequiredService<MirageDbContext>().Users.Where(u => u.Username == username)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PasswordHash, passwordHash));
        Assert.That(updated, Is.EqualTo(1));
    }

    public static async Task<string> GetPasswordHashAsync(this MirageApiFactory factory, string username)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MirageDbContext>().Users.Where(u => u.Username == username)
            .Select(u => u.PasswordHash).SingleAsync();
    }

    public static async Task SetRoomPasswordHashAsync(this MirageApiFactory factory, long roomId, string passwordHash)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var updated = await scope.ServiceProvider.GetRequiredService<MirageDbContext>().Rooms.Where(r => r.Id == roomId)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.PasswordHash, passwordHash));
        Assert.That(updated, Is.EqualTo(1));
    }

    public static async Task<string?> GetRoomPasswordHashAsync(this MirageApiFactory factory, long roomId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MirageDbContext>().Rooms.Where(r => r.Id == roomId)
            .Select(r => r.PasswordHash).SingleAsync();
    }
}
