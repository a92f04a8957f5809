using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Domain;
using FluentValidation;

namespace Codeflare.Identity.Features.CreateApiToken;

internal sealed class CreateApiTokenCommandValidator : AbstractValidator<CreateApiTokenCommand>
{
    public CreateApiTokenCommandValidator()
    {
        RuleFor(command => command.Name).NotEmpty().MaximumLength(100).Matches(@"^[^\p{C}]*$").WithMessage("Use printable characters.");
        RuleFor(command => command.Scopes).NotNull().Must(scopes => scopes is { Count: > 0 }).WithMessage("Give the token at least one scope.")
            .Must(scopes => scopes.All(Permission.All.Contains)).WithMessage($"Scopes are any of: {string.Join(", ", Permission.All)}.");
        RuleFor(command => command.ExpiresInDays).InclusiveBetween(1, ApiToken.MaximumLifetimeDays);
    }
}
