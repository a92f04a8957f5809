using Codeflare.Storage.Features.Shared;
using FluentValidation;

namespace Codeflare.Storage.Features.DownloadFile;

internal sealed class DownloadFileQueryValidator : AbstractValidator<DownloadFileQuery>
{
    public DownloadFileQueryValidator()
    {
        RuleFor(query => query.Path).ValidFilePath();
        RuleFor(query => query.Range).Matches(@"^bytes=(\d+-\d*|-\d+)$").WithMessage("One range: bytes=first-last, bytes=first- or bytes=-suffix.");
    }
}
