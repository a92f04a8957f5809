using FluentValidation;

namespace Codeflare.Sessions.Features.StartSession;

internal sealed class StartSessionCommandValidator : AbstractValidator<StartSessionCommand>
{
    public StartSessionCommandValidator() => RuleFor(command => command.SessionId).NotEmpty();
}
