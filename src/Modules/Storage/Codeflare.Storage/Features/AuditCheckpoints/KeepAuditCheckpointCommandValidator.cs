using Codeflare.Storage.Contracts;
using FluentValidation;

namespace Codeflare.Storage.Features.AuditCheckpoints;

internal sealed class KeepAuditCheckpointCommandValidator : AbstractValidator<KeepAuditCheckpointCommand>
{
    public KeepAuditCheckpointCommandValidator()
    {
        RuleFor(command => command.Instance).Matches(AuditCheckpointKey.InstancePattern);
        RuleFor(command => command.Sequence).GreaterThan(0);
        RuleFor(command => command.Link).Matches("^[0-9a-f]{64}$").WithMessage("A link is 64 lower-case hex digits.");
    }
}
