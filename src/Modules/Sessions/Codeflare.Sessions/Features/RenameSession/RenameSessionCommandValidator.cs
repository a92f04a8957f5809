using Codeflare.Sessions.Features.Shared;
using FluentValidation;

namespace Codeflare.Sessions.Features.RenameSession;

internal sealed class RenameSessionCommandValidator : AbstractValidator<RenameSessionCommand>
{
    public RenameSessionCommandValidator() => RuleFor(command => command.Name).ValidSessionName();
}
