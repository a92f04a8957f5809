using FluentValidation;

namespace Codeflare.Storage.Features.AbortUpload;

internal sealed class AbortUploadCommandValidator : AbstractValidator<AbortUploadCommand>
{
    public AbortUploadCommandValidator() => RuleFor(command => command.UploadId).NotEmpty();
}
