using System.Text;

namespace Mirage.Infrastructure.Css;

/// <summary>The sanitised CSS being written, in its two forms: selectors as the person wrote them, and scoped to the profile box.</summary>
internal sealed class CssOutput
{
    public StringBuilder AsWritten { get; } = new();

    public StringBuilder Scoped { get; } = new();
}
