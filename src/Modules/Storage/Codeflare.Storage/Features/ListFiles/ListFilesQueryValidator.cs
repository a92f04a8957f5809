using Codeflare.Storage.Features.Shared;
using FluentValidation;

namespace Codeflare.Storage.Features.ListFiles;

internal sealed class ListFilesQueryValidator : AbstractValidator<ListFilesQuery>
{
    public ListFilesQueryValidator()
    {
        RuleFor(query => query.Path).ValidStoragePath(allowHome: true);
        RuleFor(query => query.Cursor).MaximumLength(2048);
    }
}
