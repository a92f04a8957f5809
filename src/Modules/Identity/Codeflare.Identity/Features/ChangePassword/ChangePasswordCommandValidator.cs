using Codeflare.Identity.Contracts;
using FluentValidation;

namespace Codeflare.Identity.Features.ChangePassword;

internal sealed class ChangePasswordCommandValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordCommandValidator()
    {
        RuleFor(command => command.CurrentPassword).NotEmpty().MaximumLength(CredentialRules.MaximumPasswordLength);
        RuleFor(command => command.NewPassword).ValidNewPassword()
            .NotEqual(command => command.CurrentPassword).WithMessage("Choose a password different from the current one.");
    }
}
