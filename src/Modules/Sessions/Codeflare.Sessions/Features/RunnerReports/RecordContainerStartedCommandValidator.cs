using FluentValidation;

namespace Codeflare.Sessions.Features.RunnerReports;

internal sealed class RecordContainerStartedCommandValidator : AbstractValidator<RecordContainerStartedCommand>
{
    public RecordContainerStartedCommandValidator()
    {
        RuleFor(command => command.SessionId).NotEmpty();
        RuleFor(command => command.ContainerId).NotEmpty().MaximumLength(128);
    }
}
