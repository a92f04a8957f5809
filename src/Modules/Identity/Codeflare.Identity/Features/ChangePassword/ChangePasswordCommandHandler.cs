using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Domain;
using Codeflare.Identity.Features.Shared;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Codeflare.Identity.Features.ChangePassword;

internal sealed class ChangePasswordCommandHandler(
    IDocumentSession documentSession, IPasswordHasher<User> hasher, RequestContext context, TimeProvider clock)
    : IRequestHandler<ChangePasswordCommand, Guid>
{
    public async Task<Guid> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var stream = await UserAdministration.FetchUserAsync(documentSession, context.UserId!.Value, cancellationToken);
        var user = stream.Aggregate!;
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, command.CurrentPassword) == PasswordVerificationResult.Failed)
            throw new ForbiddenException("The current password is wrong.");
        var stamp = Guid.NewGuid();
        stream.AppendOne(new PasswordChanged(user.Id, hasher.HashPassword(user, command.NewPassword), stamp, clock.GetUtcNow()));
        return stamp;
    }
}
