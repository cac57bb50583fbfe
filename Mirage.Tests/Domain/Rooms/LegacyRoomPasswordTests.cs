using Mirage.Domain.Passwords;
using Mirage.Domain.Rooms;

namespace Mirage.Tests.Domain.Rooms;

/// <summary>The private rooms of the first backend's sample database (Data/Legacy), as the importer stores them.</summary>
public sealed class LegacyRoomPasswordTests
{
    private const string SecretClub = "sha256:d9fb92e3bbe65be1f1aad4a82eef4567f7a1ebe2cd110c8049b9698be7a70c88";
    private const string Staff = "sha256:d72c3036abf1c39cd52fcece974cadd68946c1a3ee26c9eec2890217a20ffc0b";
    private const string BookClub = "sha256:af17b7d44495e4d45a835510e0e147be35afd6b8c3d7954b682f87ec5c88ce63";

    // The first backend stripped the password at creation and at every join, so both spellings got in.
    [TestCase(SecretClub, "opensesame")]
    [TestCase(Staff, " spaced pw ")]
    [TestCase(Staff, "spaced pw")]
    [TestCase(BookClub, "📚books")]
    public void Verify_WithTheRoomsPassword_SucceedsAndAsksForASlowHash(string hash, string password)
    {
        Assert.That(LegacyRoomPassword.Verify(hash, password), Is.EqualTo(PasswordCheck.SuccessRehashNeeded));
    }

    [TestCase(SecretClub, "open sesame")]
    [TestCase(SecretClub, "OpenSesame")]
    [TestCase(SecretClub, "")]
    [TestCase(BookClub, "\ud83d")]
    [TestCase("sha256:D9FB92E3BBE65BE1F1AAD4A82EEF4567F7A1EBE2CD110C8049B9698BE7A70C88", "opensesame")]
    [TestCase("sha256:d9fb92e3", "opensesame")]
    [TestCase("sha256:", "opensesame")]
    [TestCase("sha256:zz" + "fb92e3bbe65be1f1aad4a82eef4567f7a1ebe2cd110c8049b9698be7a70c88", "opensesame")]
    public void Verify_WithAnotherPasswordOrAMalformedHash_Fails(string hash, string password)
    {
        Assert.That(LegacyRoomPassword.Verify(hash, password), Is.EqualTo(PasswordCheck.Failed));
    }

    [TestCase(SecretClub, true)]
    [TestCase("d9fb92e3bbe65be1f1aad4a82eef4567f7a1ebe2cd110c8049b9698be7a70c88", false)]
    [TestCase("AQAAAAIAA9CQAAAAEA==", false)]
    public void IsLegacy_TellsAnImportedHashFromMiragesOwn(string hash, bool legacy)
    {
        Assert.That(LegacyRoomPassword.IsLegacy(hash), Is.EqualTo(legacy));
    }
}
