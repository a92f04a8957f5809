using System.Globalization;
using FluentValidation;

namespace Codeflare.Audit.Filtering;

internal sealed class AuditPagingValidator : AbstractValidator<AuditPaging>
{
    public AuditPagingValidator()
    {
        RuleFor(paging => paging.Cursor).Must(cursor => cursor is null || long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            .WithMessage("'cursor' is the nextCursor of an earlier page.");
        RuleFor(paging => paging.Order).Must(order => order is null || order.ToLowerInvariant() is "newest" or "oldest")
            .WithMessage("'order' is newest or oldest.");
        RuleFor(paging => paging.Limit)
            .Must(limit => limit is null || int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= AuditPaging.MaximumLimit)
            .WithMessage($"'limit' is between 1 and {AuditPaging.MaximumLimit}.");
    }
}
