using FluentValidation;

namespace Codeflare.Sessions.Features.DeleteSession;

internal sealed class DeleteSessionCommandValidator : AbstractValidator<DeleteSessionCommand>
{
    public DeleteSessionCommandValidator() => RuleFor(command => command.SessionId).NotEmpty();
}
