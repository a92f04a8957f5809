using Codeflare.Storage.Features.Shared;
using FluentValidation;

namespace Codeflare.Storage.Features.MoveFiles;

internal sealed class MoveFilesCommandValidator : AbstractValidator<MoveFilesCommand>
{
    public MoveFilesCommandValidator()
    {
        RuleFor(command => command.From).ValidStoragePath();
        RuleFor(command => command.To).ValidStoragePath();
        RuleFor(command => command.To)
            .Must((command, to) => to is null || command.From is null
                || !FilePaths.AsFolder(to).StartsWith(FilePaths.AsFolder(command.From), StringComparison.Ordinal))
            .WithMessage("A file or folder cannot move onto itself or into itself.");
    }
}
