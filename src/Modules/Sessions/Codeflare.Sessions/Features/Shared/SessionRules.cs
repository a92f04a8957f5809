using FluentValidation;

namespace Codeflare.Sessions.Features.Shared;

internal static class SessionRules
{
    /// <summary>SPEC §3: 1–100 printable characters.</summary>
    public static IRuleBuilderOptions<T, string> ValidSessionName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(100).Matches(@"^[^\p{C}]+$").WithMessage("Use 1–100 printable characters.")
            .Must(name => name.Trim().Length > 0).WithMessage("A name needs more than spaces.");
}
