using Codeflare.Audit.Catalog;
using Codeflare.Audit.Filtering;
using FluentValidation;

namespace Codeflare.Audit.Features.ExportAuditEvents;

internal sealed class ExportAuditEventsQueryValidator : AbstractValidator<ExportAuditEventsQuery>
{
    public ExportAuditEventsQueryValidator(AuditCatalog catalog)
    {
        RuleFor(query => query.Filter).SetValidator(new AuditFilterArgumentsValidator(catalog));
        RuleFor(query => query.Chosen).Must(format => format is ExportAuditEventsQuery.Ndjson or ExportAuditEventsQuery.Csv)
            .OverridePropertyName("format").WithMessage("'format' is ndjson or csv.");
    }
}
