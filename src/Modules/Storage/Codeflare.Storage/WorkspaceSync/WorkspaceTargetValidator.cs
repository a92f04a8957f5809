using Codeflare.Storage.Contracts;
using FluentValidation;

namespace Codeflare.Storage.WorkspaceSync;

internal sealed class WorkspaceTargetValidator : AbstractValidator<WorkspaceTarget>
{
    public WorkspaceTargetValidator()
    {
        RuleFor(target => target.SessionId).NotEmpty();
        RuleFor(target => target.OwnerId).NotEmpty();
        RuleFor(target => target.ContainerId).NotEmpty().MaximumLength(128).Matches("^[A-Za-z0-9_.-]+$");
        RuleFor(target => target.SyncMode).Must(mode => mode is "config" or "metadata" or "full").WithMessage("Unknown sync mode.");
    }
}
