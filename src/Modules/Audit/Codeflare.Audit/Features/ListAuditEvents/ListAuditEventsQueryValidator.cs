using FluentValidation;

namespace Codeflare.Audit.Features.ListAuditEvents;

internal sealed class ListAuditEventsQueryValidator : AbstractValidator<ListAuditEventsQuery>
{
    public ListAuditEventsQueryValidator()
    {
        RuleFor(query => query.Limit).InclusiveBetween(1, 500);
        RuleFor(query => query.Cursor).GreaterThan(0).When(query => query.Cursor is not null);
        RuleFor(query => query.Type).Matches("^[A-Za-z][A-Za-z0-9_]{0,99}$").When(query => query.Type is not null)
            .WithMessage("An event type is a name such as UserRegistered.");
        RuleFor(query => query.Actor).MaximumLength(100);
        RuleFor(query => query.To).GreaterThanOrEqualTo(query => query.From)
            .When(query => query.From is not null && query.To is not null).WithMessage("'to' must not be before 'from'.");
    }
}
