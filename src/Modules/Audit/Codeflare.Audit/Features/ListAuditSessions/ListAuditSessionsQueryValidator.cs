using Codeflare.Audit.Filtering;
using FluentValidation;

namespace Codeflare.Audit.Features.ListAuditSessions;

internal sealed class ListAuditSessionsQueryValidator : AbstractValidator<ListAuditSessionsQuery>
{
    public ListAuditSessionsQueryValidator()
    {
        RuleFor(query => query.Q).MaximumLength(200);
        RuleFor(query => query.Owner).Must(AuditArgument.IsId).WithMessage("'owner' is a user id.");
        RuleFor(query => new AuditPaging(query.Cursor, null, query.Limit)).SetValidator(new AuditPagingValidator()).OverridePropertyName("paging");
    }
}
