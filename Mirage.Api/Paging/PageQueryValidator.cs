using FluentValidation;
using Mirage.Domain.Common;

namespace Mirage.Api.Paging;

public sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public static readonly string LimitOutOfRange = $"limit must be between 1 and {PageRequest.MaxLimit}";
    public const string InvalidCursor = "invalid cursor";

    public PageQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, PageRequest.MaxLimit).WithMessage(LimitOutOfRange);
        RuleFor(q => q.Cursor).Must(c => c is null || Cursor.TryDecode(c, out _)).WithMessage(InvalidCursor);
    }
}
