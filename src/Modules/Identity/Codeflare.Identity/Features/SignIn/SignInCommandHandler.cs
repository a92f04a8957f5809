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
    IDocumentSession documentSession, IPasswordHasher<User> hasher, IAuditTrail auditTrail, RequestContext context,
    SignInThrottle throttle, TimeProvider clock)
    : IRequestHandler<SignInCommand, SignedInUser>
{
    public async Task<SignedInUser> Handle(SignInCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(command.Email);
        throttle.Acquire(email);
        var now = clock.GetUtcNow();
        var user = await documentSession.Query<User>().SingleOrDefaultAsync(candidate => candidate.Email == email, cancellationToken);
        if (Refuse(user, hasher, command.Password, now) is { } refusal)
        {
            await RecordFailureAsync(user, email, refusal, now, cancellationToken);
            throw refusal == SignInRefusal.Locked
                ? new LockedException($"Too many failed sign-ins. The account is locked until {user!.LockedUntil:u}.")
                : new UnauthorizedException("The email or password is wrong.");
        }

        var permissions = RolePermissions.Of(user!.Roles);
        context.SignIn(user.Id, permissions);
        documentSession.Events.Append(user.Id, new SignedIn(user.Id, "password", now));
        return new SignedInUser(user.Id, user.Email, user.Roles, permissions, user.SecurityStamp);
    }

    internal static string? Refuse(User? user, IPasswordHasher<User> hasher, string password, DateTimeOffset now) => user switch
    {
        null => SignInRefusal.UnknownEmail,
        { LockedUntil: { } until } when until > now => SignInRefusal.Locked,
        { IsEnabled: false } => SignInRefusal.Disabled,
        _ when hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed => SignInRefusal.WrongPassword,
        _ => null,
    };

    /// <summary>The failure is kept although the request fails; the tenth in a row also locks the account.</summary>
    private Task RecordFailureAsync(User? user, string email, string refusal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (user is null) return auditTrail.RecordAsync(new SignInRejected(email, now), cancellationToken);
        var failed = new SignInFailed(user.Id, email, refusal, now);
        var lockNow = refusal == SignInRefusal.WrongPassword && user.FailedSignIns + 1 >= User.FailuresBeforeLockout;
        object[] events = lockNow ? [failed, new UserLockedOut(user.Id, now + User.LockoutDuration, now)] : [failed];
        return auditTrail.RecordAsync(user.Id, events, cancellationToken);
    }
}
