using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using FluentValidation;

namespace Codeflare.Sessions.Features.CreateSession;

internal sealed class CreateSessionCommandValidator : AbstractValidator<CreateSessionCommand>
{
    public CreateSessionCommandValidator()
    {
        RuleFor(command => command.Name).ValidSessionName();
        RuleFor(command => command.Agent).ValidAgent();
        RuleFor(command => command.Tier).Must(SessionChoices.Tiers.Contains)
            .WithMessage($"The tier is one of: {string.Join(", ", SessionChoices.Tiers)}.");
        RuleFor(command => command.PresetId).NotEqual(Guid.Empty);
    }
}
