using AngleSharp.Css.Dom;

namespace Mirage.Infrastructure.Css;

/// <summary>Counts the declarations a style sheet was written with, wherever they are, before anything is removed.</summary>
internal static class CssDeclarationCounter
{
    public static int Count(ICssRuleList rules) => rules.Sum(Count);

    private static int Count(ICssRule rule) => rule switch
    {
        ICssStyleRule style => style.Style.Length + Count(style.Rules),
        ICssGroupingRule group => Count(group.Rules),
        ICssKeyframesRule keyframes => Count(keyframes.Rules),
        ICssKeyframeRule keyframe => keyframe.Style.Length,
        ICssPageRule page => page.Style.Length,
        ICssProperties properties => properties.Length,
        _ => 0,
    };
}
