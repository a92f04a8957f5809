using Codeflare.Storage.Contracts;
using FluentValidation;

namespace Codeflare.Storage.Features.AuditCheckpoints;

internal sealed class ListAuditCheckpointsQueryValidator : AbstractValidator<ListAuditCheckpointsQuery>
{
    public ListAuditCheckpointsQueryValidator() => RuleFor(query => query.Instance).Matches(AuditCheckpointKey.InstancePattern);
}
