using FluentValidation;

namespace Codeflare.Sessions.Features.RunnerReports;

internal sealed class RecordFilesRestoredCommandValidator : AbstractValidator<RecordFilesRestoredCommand>
{
    public RecordFilesRestoredCommandValidator() => RuleFor(command => command.SessionId).NotEmpty();
}
