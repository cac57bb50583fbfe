using AngleSharp.Css;

namespace Mirage.Infrastructure.Css;

/// <summary>
/// Declares every property as "unknown", so the parser keeps each declaration exactly as written
/// instead of expanding shorthands or silently dropping values it cannot read (such as
/// <c>expression(…)</c>). The sanitizer, not the parser, then decides what is removed and reports it.
/// </summary>
internal sealed class RawDeclarationFactory : DefaultDeclarationFactory, IDeclarationFactory
{
    DeclarationInfo IDeclarationFactory.Create(string propertyName) => CreateDefault(propertyName);
}
