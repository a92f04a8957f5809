using Codeflare.Identity.Contracts;
using FluentValidation;

namespace Codeflare.Identity.Features.SignIn;

internal sealed class SignInCommandValidator : AbstractValidator<SignInCommand>
{
    public SignInCommandValidator()
    {
        RuleFor(command => command.Email).NotEmpty().MaximumLength(254);
        RuleFor(command => command.Password).NotEmpty().MaximumLength(CredentialRules.MaximumPasswordLength);
    }
}
