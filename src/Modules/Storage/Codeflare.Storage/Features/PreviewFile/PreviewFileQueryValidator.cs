using Codeflare.Storage.Features.Shared;
using FluentValidation;

namespace Codeflare.Storage.Features.PreviewFile;

internal sealed class PreviewFileQueryValidator : AbstractValidator<PreviewFileQuery>
{
    public PreviewFileQueryValidator() => RuleFor(query => query.Path).ValidFilePath();
}
