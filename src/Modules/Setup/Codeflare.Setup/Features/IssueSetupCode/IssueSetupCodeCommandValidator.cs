using FluentValidation;

namespace Codeflare.Setup.Features.IssueSetupCode;

internal sealed class IssueSetupCodeCommandValidator : AbstractValidator<IssueSetupCodeCommand>
{
    public IssueSetupCodeCommandValidator() =>
        RuleFor(command => command.CodeHash).Matches("^[0-9a-f]{64}$").WithMessage("A setup code hash is 64 lower-case hex digits.");
}
