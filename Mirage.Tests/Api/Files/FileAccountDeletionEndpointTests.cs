using System.Net;
using System.Text;
using Mirage.Infrastructure;
using Mirage.Tests.Api.Support;

namespace Mirage.Tests.Api.Files;

/// <summary>A deleted account's shared files go with it: not served, and their bytes gone from the directory store.</summary>
public sealed class FileAccountDeletionEndpointTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task DeleteAccount_OfAnUploader_DeletesTheirFilesBytesAndKeepsOthers()
    {
        var (leaver, stayer) = (await Client.RegisterAndLoginAsync(), await Client.RegisterAndLoginAsync());
        var room = await Client.OpenRoomAsync(stayer, leaver);
        var leaversFile = await Client.UploadForIdAsync(leaver, room, Encoding.UTF8.GetBytes("mine"));
        var staysFile = await Client.UploadForIdAsync(stayer, room, Encoding.UTF8.GetBytes("theirs"));
        Assert.That(File.Exists(Path.Combine(Factory.FilesDirectory, leaversFile)), "the check must look where the bytes are");

        using var deleted = await Client.SendWithTokenAsync(HttpMethod.Post, Routes.DeleteAccount, leaver.Token, new { password = leaver.Password });

        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await deleted.Content.ReadAsStringAsync());
        using var gone = await Client.GetAsync(Routes.SharedFile(leaversFile));
        using var kept = await Client.GetAsync(Routes.SharedFile(staysFile));
        using (Assert.EnterMultipleScope())
        {
            await gone.ShouldBeProblemAsync(404, "file not found");
            Assert.That(File.Exists(Path.Combine(Factory.FilesDirectory, leaversFile)), Is.False, "the bytes on disk");
            Assert.That(await kept.Content.ReadAsStringAsync(), Is.EqualTo("theirs"));
        }
    }
}
