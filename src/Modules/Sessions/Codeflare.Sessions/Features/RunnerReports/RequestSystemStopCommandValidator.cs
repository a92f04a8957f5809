using Codeflare.Sessions.Domain;
using FluentValidation;

namespace Codeflare.Sessions.Features.RunnerReports;

internal sealed class RequestSystemStopCommandValidator : AbstractValidator<RequestSystemStopCommand>
{
    public RequestSystemStopCommandValidator()
    {
        RuleFor(command => command.SessionId).NotEmpty();
        RuleFor(command => command.Reason).Must(reason => reason is StopReasons.Idle or StopReasons.UserDisabled)
            .WithMessage("The host stops sessions only for idleness or a disabled owner.");
    }
}
