using Codeflare.Audit.Filtering;
using FluentValidation;

namespace Codeflare.Audit.Features.GetSessionHistory;

internal sealed class GetSessionHistoryQueryValidator : AbstractValidator<GetSessionHistoryQuery>
{
    public GetSessionHistoryQueryValidator()
    {
        RuleFor(query => query.SessionId).NotEmpty();
        RuleFor(query => new AuditPaging(query.Cursor, null, query.Limit)).SetValidator(new AuditPagingValidator()).OverridePropertyName("paging");
    }
}
