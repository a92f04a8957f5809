using FluentValidation;

namespace Codeflare.Identity.Contracts;

/// <summary>The email and password rules of every command that sets them, in Identity and in the modules that collect them first.</summary>
public static class CredentialRules
{
    public const int MinimumPasswordLength = 12;
    public const int MaximumPasswordLength = 256;

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(254).EmailAddress().WithMessage("Enter a valid email address.");

    public static IRuleBuilderOptions<T, string> ValidNewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty()
            .MinimumLength(MinimumPasswordLength).WithMessage($"Use at least {MinimumPasswordLength} characters.")
            .MaximumLength(MaximumPasswordLength);
}
