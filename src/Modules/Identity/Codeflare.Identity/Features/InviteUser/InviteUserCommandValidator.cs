using Codeflare.Identity.Contracts;
using Codeflare.Identity.Features.Shared;
using FluentValidation;

namespace Codeflare.Identity.Features.InviteUser;

internal sealed class InviteUserCommandValidator : AbstractValidator<InviteUserCommand>
{
    public InviteUserCommandValidator()
    {
        RuleFor(command => command.Email).ValidEmail();
        RuleFor(command => command.Roles).KnownRoles().Must(roles => roles is { Count: > 0 }).WithMessage("Give the user at least one role.");
    }
}
