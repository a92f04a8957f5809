using FluentValidation;

namespace Codeflare.Sessions.Features.DownloadRecording;

internal sealed class DownloadRecordingQueryValidator : AbstractValidator<DownloadRecordingQuery>
{
    public DownloadRecordingQueryValidator()
    {
        RuleFor(query => query.RecordingId).NotEmpty();
        RuleFor(query => query.Range).MaximumLength(200);
    }
}
