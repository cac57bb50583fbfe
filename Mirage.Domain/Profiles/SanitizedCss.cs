namespace Mirage.Domain.Profiles;

/// <summary>
/// The re-serialised safe CSS with the person's selectors as written (<see cref="Css"/>) and with every
/// selector scoped to <c>.mirage-profile</c> (<see cref="Scoped"/>), what was removed (one readable line each),
/// and how many declarations the input had.
/// </summary>
public sealed record SanitizedCss(string Css, string Scoped, IReadOnlyList<string> Removed, int DeclarationCount);
