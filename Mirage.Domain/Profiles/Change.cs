namespace Mirage.Domain.Profiles;

/// <summary>A field a partial update sets, possibly to <c>null</c>; an absent change leaves the field alone.</summary>
public readonly record struct Change<T>(T Value);
