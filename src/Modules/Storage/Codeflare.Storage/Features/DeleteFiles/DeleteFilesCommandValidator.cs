using Codeflare.Storage.Features.Shared;
using FluentValidation;

namespace Codeflare.Storage.Features.DeleteFiles;

internal sealed class DeleteFilesCommandValidator : AbstractValidator<DeleteFilesCommand>
{
    public DeleteFilesCommandValidator() => RuleFor(command => command.Path).ValidStoragePath();
}
