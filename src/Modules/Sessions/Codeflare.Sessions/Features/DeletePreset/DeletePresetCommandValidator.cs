using FluentValidation;

namespace Codeflare.Sessions.Features.DeletePreset;

internal sealed class DeletePresetCommandValidator : AbstractValidator<DeletePresetCommand>
{
    public DeletePresetCommandValidator() => RuleFor(command => command.PresetId).NotEmpty();
}
