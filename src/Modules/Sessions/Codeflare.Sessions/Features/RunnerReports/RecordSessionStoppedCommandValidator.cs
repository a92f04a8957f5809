using Codeflare.Sessions.Domain;
using FluentValidation;

namespace Codeflare.Sessions.Features.RunnerReports;

internal sealed class RecordSessionStoppedCommandValidator : AbstractValidator<RecordSessionStoppedCommand>
{
    public RecordSessionStoppedCommandValidator()
    {
        RuleFor(command => command.SessionId).NotEmpty();
        RuleFor(command => command.Reason).Must(StopReasons.All.Contains).WithMessage("Unknown stop reason.");
    }
}
