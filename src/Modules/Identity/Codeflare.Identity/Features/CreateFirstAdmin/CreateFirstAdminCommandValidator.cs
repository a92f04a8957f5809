using Codeflare.Identity.Contracts;
using FluentValidation;

namespace Codeflare.Identity.Features.CreateFirstAdmin;

internal sealed class CreateFirstAdminCommandValidator : AbstractValidator<CreateFirstAdminCommand>
{
    public CreateFirstAdminCommandValidator()
    {
        RuleFor(command => command.Email).ValidEmail();
        RuleFor(command => command.Password).ValidNewPassword();
    }
}
