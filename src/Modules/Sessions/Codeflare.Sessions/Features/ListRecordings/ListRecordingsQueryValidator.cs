using FluentValidation;

namespace Codeflare.Sessions.Features.ListRecordings;

internal sealed class ListRecordingsQueryValidator : AbstractValidator<ListRecordingsQuery>
{
    public ListRecordingsQueryValidator() => RuleFor(query => query.SessionId).NotEmpty();
}
