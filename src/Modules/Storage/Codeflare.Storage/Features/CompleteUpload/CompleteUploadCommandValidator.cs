using FluentValidation;

namespace Codeflare.Storage.Features.CompleteUpload;

internal sealed class CompleteUploadCommandValidator : AbstractValidator<CompleteUploadCommand>
{
    public CompleteUploadCommandValidator() => RuleFor(command => command.UploadId).NotEmpty();
}
