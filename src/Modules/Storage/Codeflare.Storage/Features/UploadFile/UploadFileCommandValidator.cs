using Codeflare.Storage.Features.Shared;
using FluentValidation;

namespace Codeflare.Storage.Features.UploadFile;

internal sealed class UploadFileCommandValidator : AbstractValidator<UploadFileCommand>
{
    public UploadFileCommandValidator()
    {
        RuleFor(command => command.Path).ValidFilePath();
        RuleFor(command => command.ContentType).MaximumLength(255);
    }
}
