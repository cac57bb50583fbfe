namespace Mirage.Domain.Profiles;

/// <summary>The re-serialised safe CSS, what was removed (one readable line each), and how many declarations the input had.</summary>
public sealed record SanitizedCss(string Css, IReadOnlyList<string> Removed, int DeclarationCount);
