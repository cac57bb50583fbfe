using System.Text.Json;
using Mirage.Api.Profiles;
using Mirage.Domain.Profiles;

namespace Mirage.Tests.Api.Profiles;

/// <summary>
/// A PATCH body leaves absent fields alone and clears fields sent as null, so the request is read
/// from JSON exactly as the API reads it.
/// </summary>
public sealed class UpdateProfileRequestTests
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [Test]
    public void ToEdit_OfEmptyObject_ChangesNothing()
    {
        var edit = Read("{}").ToEdit();

        Assert.That(edit, Is.EqualTo(new ProfileEdit(null, null, null, null)));
    }

    [Test]
    public void ToEdit_WithOneFieldPresent_ChangesOnlyThatField()
    {
        var edit = Read("""{"description": "new words"}""").ToEdit();

        Assert.That(edit, Is.EqualTo(new ProfileEdit(null, new Change<string?>("new words"), null, null)));
    }

    [Test]
    public void ToEdit_WithFieldsSentAsNull_ClearsThem()
    {
        var edit = Read("""{"avatar_url": null, "description": null, "custom_css": null, "background_image": null}""").ToEdit();

        Assert.That(
            edit,
            Is.EqualTo(new ProfileEdit(new Change<string?>(null), new Change<string?>(null), new Change<string?>(null), new Change<string?>(null))));
    }

    [Test]
    public void ToEdit_WithEveryFieldSet_CarriesEveryValue()
    {
        var edit = Read("""
            {
              "avatar_url": "https://cdn.example.com/ann.png",
              "description": "hello",
              "custom_css": "h1 { color: red; }",
              "background_image": "https://cdn.example.com/bg.png"
            }
            """).ToEdit();

        Assert.That(
            edit,
            Is.EqualTo(new ProfileEdit(
                new Change<string?>("https://cdn.example.com/ann.png"),
                new Change<string?>("hello"),
                new Change<string?>("h1 { color: red; }"),
                new Change<string?>("https://cdn.example.com/bg.png"))));
    }

    [Test]
    public void ToEdit_WithMixOfNullAndAbsent_ClearsOnlyTheNullOnes()
    {
        var edit = Read("""{"custom_css": null, "avatar_url": "https://cdn.example.com/a.png"}""").ToEdit();

        Assert.That(edit, Is.EqualTo(new ProfileEdit(new Change<string?>("https://cdn.example.com/a.png"), null, new Change<string?>(null), null)));
    }

    private static UpdateProfileRequest Read(string json) =>
        JsonSerializer.Deserialize<UpdateProfileRequest>(json, Json) ?? throw new InvalidOperationException("The body read as null.");
}
