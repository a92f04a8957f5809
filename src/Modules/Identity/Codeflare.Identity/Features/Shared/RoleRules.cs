using Codeflare.Identity.Contracts;
using FluentValidation;

namespace Codeflare.Identity.Features.Shared;

internal static class RoleRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<string>> KnownRoles<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule) =>
        rule.NotNull()
            .Must(roles => roles.All(RoleNames.All.Contains)).WithMessage($"Roles are any of: {string.Join(", ", RoleNames.All)}.")
            .Must(roles => roles.Distinct().Count() == roles.Count).WithMessage("Name each role once.");
}
