using FluentValidation;

namespace Codeflare.Sessions.Features.Shared;

/// <summary>What every command addressed only by a session id checks.</summary>
internal abstract class SessionIdValidator<TCommand> : AbstractValidator<TCommand> where TCommand : ISessionCommand
{
    protected SessionIdValidator() => RuleFor(command => command.SessionId).NotEmpty();
}
