using Codeflare.Storage.Contracts;
using FluentValidation;

namespace Codeflare.Storage.WorkspaceSync;

internal sealed class RestoreWorkspaceCommandValidator : AbstractValidator<RestoreWorkspaceCommand>
{
    public RestoreWorkspaceCommandValidator() => RuleFor(command => command.Target).NotNull().SetValidator(new WorkspaceTargetValidator());
}
