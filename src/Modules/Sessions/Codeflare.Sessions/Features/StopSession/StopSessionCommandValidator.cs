using FluentValidation;

namespace Codeflare.Sessions.Features.StopSession;

internal sealed class StopSessionCommandValidator : AbstractValidator<StopSessionCommand>
{
    public StopSessionCommandValidator() => RuleFor(command => command.SessionId).NotEmpty();
}
