using FluentValidation;

namespace Codeflare.Storage.Features.UploadPart;

internal sealed class UploadPartCommandValidator : AbstractValidator<UploadPartCommand>
{
    public UploadPartCommandValidator()
    {
        RuleFor(command => command.UploadId).NotEmpty();
        RuleFor(command => command.Number).InclusiveBetween(1, 10_000);
    }
}
