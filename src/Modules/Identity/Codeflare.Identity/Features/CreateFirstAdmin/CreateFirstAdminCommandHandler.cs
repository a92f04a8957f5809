using Codeflare.BuildingBlocks.Errors;
using Codeflare.Identity.Contracts;
using Codeflare.Identity.Domain;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Codeflare.Identity.Features.CreateFirstAdmin;

internal sealed class CreateFirstAdminCommandHandler(IDocumentSession documentSession, IPasswordHasher<User> hasher, TimeProvider clock)
    : IRequestHandler<CreateFirstAdminCommand, Guid>
{
    public async Task<Guid> Handle(CreateFirstAdminCommand command, CancellationToken cancellationToken)
    {
        if (await documentSession.Query<User>().AnyAsync(user => user.Roles.Contains(RoleNames.Admin), cancellationToken))
            throw new ConflictException("An admin already exists.");

        var userId = Guid.NewGuid();
        var hash = hasher.HashPassword(null!, command.Password);
        documentSession.Events.StartStream<User>(userId,
            new UserRegistered(userId, EmailAddress.Normalize(command.Email), hash, [RoleNames.Admin], Guid.NewGuid(), clock.GetUtcNow()));
        return userId;
    }
}
