using Codeflare.Storage.Contracts;
using FluentValidation;

namespace Codeflare.Storage.Features.RecordingParts;

internal sealed class OpenRecordingPartQueryValidator : AbstractValidator<OpenRecordingPartQuery>
{
    public OpenRecordingPartQueryValidator()
    {
        RuleFor(query => query.Key).Must(RecordingPartKey.IsRecordingPart).WithMessage("Only recording parts are read here.");
        RuleFor(query => query.Offset).GreaterThanOrEqualTo(0);
    }
}
