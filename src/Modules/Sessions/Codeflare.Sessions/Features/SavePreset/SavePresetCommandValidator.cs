using Codeflare.Sessions.Features.Shared;
using FluentValidation;

namespace Codeflare.Sessions.Features.SavePreset;

internal sealed class SavePresetCommandValidator : AbstractValidator<SavePresetCommand>
{
    public SavePresetCommandValidator()
    {
        When(command => command.PresetId is null, () => RuleFor(command => command.Name).NotNull().WithMessage("A new preset needs a name."));
        When(command => command.Name is not null, () => RuleFor(command => command.Name!).ValidSessionName());
        RuleFor(command => command.Agent).ValidAgent();
        RuleFor(command => command.Tabs).ValidFurtherTabs();
        RuleFor(command => command.Tiling).InclusiveBetween(1, 4);
    }
}
