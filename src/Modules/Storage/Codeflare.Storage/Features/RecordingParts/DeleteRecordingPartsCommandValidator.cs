using Codeflare.Storage.Contracts;
using FluentValidation;

namespace Codeflare.Storage.Features.RecordingParts;

internal sealed class DeleteRecordingPartsCommandValidator : AbstractValidator<DeleteRecordingPartsCommand>
{
    public DeleteRecordingPartsCommandValidator()
    {
        RuleFor(command => command.Keys).NotEmpty().Must(keys => keys.Count <= 1000).WithMessage("At most 1,000 keys at once.");
        RuleForEach(command => command.Keys).Must(RecordingPartKey.IsRecordingPart).WithMessage("Only recording parts are deleted here.");
    }
}
