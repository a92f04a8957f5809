using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using Codeflare.Sessions.Infrastructure.Activity;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Features.ChangePreferences;

internal sealed class ChangePreferencesCommandValidator : AbstractValidator<ChangePreferencesCommand>
{
    public ChangePreferencesCommandValidator(IOptions<IdleOptions> idle)
    {
        var (min, max) = ((int)idle.Value.UserTimeoutMin.TotalMinutes, (int)idle.Value.UserTimeoutMax.TotalMinutes);
        RuleFor(command => command.FontSize).InclusiveBetween(8, 32);
        RuleFor(command => command.Theme).Must(theme => theme is null || PreferenceChoices.Themes.Contains(theme))
            .WithMessage($"The theme is one of: {string.Join(", ", PreferenceChoices.Themes)}.");
        RuleFor(command => command.DefaultAgent).ValidAgent();
        RuleFor(command => command.SyncMode).Must(mode => mode is null || PreferenceChoices.SyncModes.Contains(mode))
            .WithMessage($"The sync mode is one of: {string.Join(", ", PreferenceChoices.SyncModes)}.");
        RuleFor(command => command.IdleTimeoutMinutes).Must(minutes => minutes is null or 0 || (minutes >= min && minutes <= max))
            .WithMessage($"The idle timeout is {min}–{max} minutes (0 for the instance default).");
    }
}
