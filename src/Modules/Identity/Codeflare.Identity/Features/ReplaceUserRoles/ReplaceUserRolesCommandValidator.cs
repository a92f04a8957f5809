using Codeflare.Identity.Features.Shared;
using FluentValidation;

namespace Codeflare.Identity.Features.ReplaceUserRoles;

internal sealed class ReplaceUserRolesCommandValidator : AbstractValidator<ReplaceUserRolesCommand>
{
    public ReplaceUserRolesCommandValidator() => RuleFor(command => command.Roles).KnownRoles();
}
