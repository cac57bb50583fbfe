namespace Mirage.Domain.Files;

/// <summary>The absolute URL a shared file is served at, as the people in the room will follow it.</summary>
public interface IFileLinks
{
    string UrlOf(string id);
}
