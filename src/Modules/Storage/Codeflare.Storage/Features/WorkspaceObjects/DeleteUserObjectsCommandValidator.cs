using Codeflare.Storage.Contracts;
using Codeflare.Storage.Domain;
using FluentValidation;

namespace Codeflare.Storage.Features.WorkspaceObjects;

internal sealed class DeleteUserObjectsCommandValidator : AbstractValidator<DeleteUserObjectsCommand>
{
    public DeleteUserObjectsCommandValidator()
    {
        RuleFor(command => command.UserId).NotEmpty();
        RuleForEach(command => command.Paths).Must(path => StoragePath.Problem(path) is null).WithMessage("Not a valid path.");
    }
}
