using FluentValidation;

namespace Codeflare.Sessions.Features.RunnerReports;

internal sealed class RecordSessionReadyCommandValidator : AbstractValidator<RecordSessionReadyCommand>
{
    public RecordSessionReadyCommandValidator() => RuleFor(command => command.SessionId).NotEmpty();
}
