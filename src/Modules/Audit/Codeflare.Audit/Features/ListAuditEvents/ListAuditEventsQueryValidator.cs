using Codeflare.Audit.Catalog;
using Codeflare.Audit.Filtering;
using FluentValidation;

namespace Codeflare.Audit.Features.ListAuditEvents;

internal sealed class ListAuditEventsQueryValidator : AbstractValidator<ListAuditEventsQuery>
{
    public ListAuditEventsQueryValidator(AuditCatalog catalog)
    {
        RuleFor(query => query.Filter).SetValidator(new AuditFilterArgumentsValidator(catalog));
        RuleFor(query => query.Paging).SetValidator(new AuditPagingValidator());
    }
}
