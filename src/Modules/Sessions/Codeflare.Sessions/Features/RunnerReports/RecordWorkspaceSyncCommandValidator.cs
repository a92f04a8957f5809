using FluentValidation;

namespace Codeflare.Sessions.Features.RunnerReports;

internal sealed class RecordWorkspaceSyncCommandValidator : AbstractValidator<RecordWorkspaceSyncCommand>
{
    public RecordWorkspaceSyncCommandValidator() => RuleFor(command => command.Outcome.SessionId).NotEmpty();
}
