namespace Mirage.Infrastructure.Css;

/// <summary>
/// What a person's custom CSS may use. Everything here is purely visual and stays inside the profile
/// box; anything not listed (content, behavior, bindings, custom properties, animations that need
/// @keyframes, vendor-prefixed properties) is removed.
/// </summary>
internal static class CssPolicy
{
    /// <summary>The class of the element the profile is rendered in; every selector is scoped to it.</summary>
    public const string Scope = ".mirage-profile";

    private static readonly HashSet<string> Properties = new(StringComparer.Ordinal)
    {
        "color", "accent-color", "caret-color",
        "background", "background-color", "background-image", "background-position",
        "background-position-x", "background-position-y", "background-size", "background-repeat",
        "width", "height", "min-width", "min-height", "max-width", "max-height",
        "line-height", "letter-spacing", "word-spacing", "text-align", "text-transform",
        "text-shadow", "text-indent", "white-space", "opacity", "box-shadow", "display",
        "visibility", "vertical-align", "gap", "row-gap", "column-gap", "transform",
        "cursor", "z-index", "filter", "position", "top", "right", "bottom", "left",
    };

    // A property in one of these families is allowed: the family name itself or "family-…".
    private static readonly string[] Families =
    [
        "border", "outline", "margin", "padding", "font", "text-decoration", "overflow",
        "list-style", "flex", "grid-template", "align", "justify", "transition",
    ];

    /// <summary>Only these may hold url(): other properties have no business loading anything.</summary>
    private static readonly HashSet<string> ImageProperties = new(StringComparer.Ordinal)
    {
        "background", "background-image", "border-image", "border-image-source", "list-style", "list-style-image",
    };

    /// <summary>
    /// Functions a value may call. 3D transforms, var(), attr(), image(), image-set(), element(),
    /// src(), expression() and everything else are not here. url() is checked separately.
    /// </summary>
    private static readonly HashSet<string> Functions = new(StringComparer.Ordinal)
    {
        "url",
        "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color-mix",
        "calc", "min", "max", "clamp",
        "linear-gradient", "radial-gradient", "conic-gradient",
        "repeating-linear-gradient", "repeating-radial-gradient", "repeating-conic-gradient",
        "translate", "translatex", "translatey", "scale", "scalex", "scaley",
        "rotate", "skew", "skewx", "skewy", "matrix",
        "cubic-bezier", "steps",
        "blur", "brightness", "contrast", "drop-shadow", "grayscale", "hue-rotate",
        "invert", "opacity", "saturate", "sepia",
        "repeat", "minmax", "fit-content",
    };

    /// <summary>fixed and sticky would let a profile cover the page around it.</summary>
    private static readonly HashSet<string> Positions = new(StringComparer.Ordinal) { "static", "relative", "absolute" };

    public static bool IsAllowedProperty(string name) =>
        Properties.Contains(name) || Families.Any(family => name == family || name.StartsWith(family + "-", StringComparison.Ordinal));

    public static bool MayLoadImages(string property) => ImageProperties.Contains(property);

    public static bool IsAllowedFunction(string lowerCaseName) => Functions.Contains(lowerCaseName);

    public static bool IsAllowedPosition(string lowerCaseValue) => Positions.Contains(lowerCaseValue);
}
