using Codeflare.Storage.Features.Shared;
using FluentValidation;

namespace Codeflare.Storage.Features.StartUpload;

internal sealed class StartUploadCommandValidator : AbstractValidator<StartUploadCommand>
{
    public StartUploadCommandValidator()
    {
        RuleFor(command => command.Path).ValidFilePath();
        RuleFor(command => command.Size).GreaterThan(0);
        RuleFor(command => command.ContentType).MaximumLength(255);
    }
}
