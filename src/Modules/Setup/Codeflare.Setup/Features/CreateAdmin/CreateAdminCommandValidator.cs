using Codeflare.Identity.Contracts;
using FluentValidation;

namespace Codeflare.Setup.Features.CreateAdmin;

/// <summary>Identity's own rules, checked before the code so that bad input is a 400 that records nothing.</summary>
internal sealed class CreateAdminCommandValidator : AbstractValidator<CreateAdminCommand>
{
    public CreateAdminCommandValidator()
    {
        RuleFor(command => command.SetupCode).NotEmpty().MaximumLength(64);
        RuleFor(command => command.Email).ValidEmail();
        RuleFor(command => command.Password).ValidNewPassword();
    }
}
