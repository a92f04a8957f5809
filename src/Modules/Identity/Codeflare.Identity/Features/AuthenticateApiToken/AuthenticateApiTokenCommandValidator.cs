using Codeflare.Identity.Contracts;
using FluentValidation;

namespace Codeflare.Identity.Features.AuthenticateApiToken;

internal sealed class AuthenticateApiTokenCommandValidator : AbstractValidator<AuthenticateApiTokenCommand>
{
    public AuthenticateApiTokenCommandValidator() => RuleFor(command => command.Token).NotEmpty().MaximumLength(256);
}
