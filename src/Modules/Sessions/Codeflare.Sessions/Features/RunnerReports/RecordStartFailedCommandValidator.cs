using FluentValidation;

namespace Codeflare.Sessions.Features.RunnerReports;

internal sealed class RecordStartFailedCommandValidator : AbstractValidator<RecordStartFailedCommand>
{
    public RecordStartFailedCommandValidator()
    {
        RuleFor(command => command.SessionId).NotEmpty();
        RuleFor(command => command.Message).NotEmpty().MaximumLength(1000);
    }
}
