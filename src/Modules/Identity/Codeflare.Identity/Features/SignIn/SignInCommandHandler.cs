using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Events;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Contracts;
using Codeflare.Identity.Domain;
using Marten;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Codeflare.Identity.Features.SignIn;

internal sealed class SignInCommandHandler(
    IDocumentSession documentSession, IPasswordHasher<User> hasher, IAuditTrail auditTrail, RequestContext context, TimeProvider clock)
    : IRequestHandler<SignInCommand, SignedInUser>
{
    public async Task<SignedInUser> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(command.Email);
        var user = await documentSession.Query<User>().SingleOrDefaultAsync(candidate => candidate.Email == email, cancellationToken);
        var refusal = Refuse(user, hasher, command.Password);
        if (refusal is not null)
        {
            await auditTrail.RecordAsync(new SignInFailed(user?.Id, email, refusal, clock.GetUtcNow()), cancellationToken);
            throw new UnauthorizedException("The email or password is wrong.");
        }

        var permissions = RolePermissions.Of(user!.Roles);
        context.SignIn(user.Id, permissions);
        documentSession.Events.StartStream(Guid.NewGuid(), new SignedIn(user.Id, "password", clock.GetUtcNow()));
        return new SignedInUser(user.Id, user.Email, user.Roles, permissions, user.SecurityStamp);
    }

    internal static string? Refuse(User? user, IPasswordHasher<User> hasher, string password) => user switch
    {
        null => "unknown_email",
        { IsEnabled: false } => "disabled",
        _ when hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed => "wrong_password",
        _ => null,
    };
}
