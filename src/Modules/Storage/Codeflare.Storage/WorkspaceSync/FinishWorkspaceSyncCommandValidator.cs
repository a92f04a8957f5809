using Codeflare.Storage.Contracts;
using FluentValidation;

namespace Codeflare.Storage.WorkspaceSync;

internal sealed class FinishWorkspaceSyncCommandValidator : AbstractValidator<FinishWorkspaceSyncCommand>
{
    public FinishWorkspaceSyncCommandValidator() => RuleFor(command => command.Target).NotNull().SetValidator(new WorkspaceTargetValidator());
}
