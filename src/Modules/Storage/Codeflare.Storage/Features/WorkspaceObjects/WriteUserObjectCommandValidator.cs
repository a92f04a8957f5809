using Codeflare.Storage.Contracts;
using Codeflare.Storage.Features.Shared;
using FluentValidation;

namespace Codeflare.Storage.Features.WorkspaceObjects;

internal sealed class WriteUserObjectCommandValidator : AbstractValidator<WriteUserObjectCommand>
{
    public WriteUserObjectCommandValidator()
    {
        RuleFor(command => command.UserId).NotEmpty();
        RuleFor(command => command.Path).ValidFilePath();
        RuleFor(command => command.Length).GreaterThanOrEqualTo(0);
    }
}
