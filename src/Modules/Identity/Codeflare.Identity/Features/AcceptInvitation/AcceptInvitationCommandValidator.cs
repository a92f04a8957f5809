using Codeflare.Identity.Contracts;
using FluentValidation;

namespace Codeflare.Identity.Features.AcceptInvitation;

internal sealed class AcceptInvitationCommandValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationCommandValidator()
    {
        RuleFor(command => command.Token).NotEmpty().MaximumLength(256);
        RuleFor(command => command.Password).ValidNewPassword();
    }
}
