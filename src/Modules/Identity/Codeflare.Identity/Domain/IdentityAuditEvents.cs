using Codeflare.BuildingBlocks.Auditing;

namespace Codeflare.Identity.Domain;

/// <summary>Identity's events as the audit log shows them: public names, field policy, subject and summary.</summary>
internal sealed class IdentityAuditEvents : IAuditEventSource
{
    private const string Module = AuditModules.Identity;

    public IEnumerable<AuditEventDescription> Events =>
    [
        AuditEvent.For<UserRegistered>("user.registered", Module)
            .Recorded(e => new { e.UserId, e.Email, e.Roles, e.RegisteredAt }).Secret(e => new { e.PasswordHash, e.SecurityStamp })
            .About(user: e => e.UserId).Names(e => new AuditUserFacts(e.UserId, e.Email))
            .Says((e, _) => $"{e.Email} joined with the roles {Roles(e.Roles)}"),
        AuditEvent.For<SignedIn>("user.signed_in", Module)
            .Recorded(e => new { e.UserId, e.Method, e.SignedInAt }).About(user: e => e.UserId)
            .Says((e, names) => $"{names.User(e.UserId)} signed in ({e.Method})"),
        AuditEvent.For<SignInFailed>("user.sign_in_failed", Module)
            .Recorded(e => new { e.UserId, e.Email, e.Reason, e.FailedAt }).About(user: e => e.UserId)
            .Says((e, _) => $"A sign-in as {e.Email} failed ({e.Reason})"),
        AuditEvent.For<SignInRejected>("user.sign_in_rejected", Module)
            .Recorded(e => new { e.Email, e.RejectedAt })
            .Says((e, _) => $"A sign-in as {e.Email}, which is no account here, was refused"),
        AuditEvent.For<UserLockedOut>("user.locked_out", Module)
            .Recorded(e => new { e.UserId, e.LockedUntil, e.LockedAt }).About(user: e => e.UserId)
            .Says((e, names) => $"{names.User(e.UserId)} was locked out until {e.LockedUntil:u} after repeated failed sign-ins"),
        AuditEvent.For<PasswordChanged>("user.password_changed", Module)
            .Recorded(e => new { e.UserId, e.ChangedAt }).Secret(e => new { e.PasswordHash, e.SecurityStamp }).About(user: e => e.UserId)
            .Says((e, names) => $"{names.Actor} changed the password of {names.User(e.UserId)}"),
        AuditEvent.For<UserInvited>("user.invited", Module)
            .Recorded(e => new { e.InvitationId, e.Email, e.Roles, e.ExpiresAt, e.InvitedAt }).Secret(e => new { e.TokenHash })
            .Says((e, names) => $"{names.Actor} invited {e.Email} with the roles {Roles(e.Roles)}"),
        AuditEvent.For<InvitationAccepted>("invitation.accepted", Module)
            .Recorded(e => new { e.InvitationId, e.UserId, e.AcceptedAt }).About(user: e => e.UserId)
            .Says((e, names) => $"{names.User(e.UserId)} accepted an invitation"),
        AuditEvent.For<InvitationRevoked>("invitation.revoked", Module)
            .Recorded(e => new { e.InvitationId, e.RevokedAt })
            .Says((_, names) => $"{names.Actor} revoked an invitation"),
        AuditEvent.For<UserRolesChanged>("user.role_changed", Module)
            .Recorded(e => new { e.UserId, e.Before, e.After, e.ChangedAt }).About(user: e => e.UserId)
            .Says((e, names) => $"{names.Actor} changed the roles of {names.User(e.UserId)} from {Roles(e.Before)} to {Roles(e.After)}"),
        AuditEvent.For<UserDisabled>("user.disabled", Module)
            .Recorded(e => new { e.UserId, e.DisabledAt }).About(user: e => e.UserId)
            .Says((e, names) => $"{names.Actor} disabled {names.User(e.UserId)}"),
        AuditEvent.For<UserEnabled>("user.enabled", Module)
            .Recorded(e => new { e.UserId, e.EnabledAt }).About(user: e => e.UserId)
            .Says((e, names) => $"{names.Actor} enabled {names.User(e.UserId)}"),
        AuditEvent.For<UserDeleted>("user.deleted", Module)
            .Recorded(e => new { e.UserId, e.Email, e.DeletedAt }).About(user: e => e.UserId)
            .Says((e, names) => $"{names.Actor} deleted the account of {e.Email}"),
        AuditEvent.For<ApiTokenCreated>("token.created", Module)
            .Recorded(e => new { e.TokenId, e.UserId, e.Name, e.Scopes, e.ExpiresAt, e.CreatedAt }).Secret(e => new { e.SecretHash })
            .About(user: e => e.UserId)
            .Says((e, names) => $"{names.Actor} created the API token '{e.Name}' for {names.User(e.UserId)}, valid until {e.ExpiresAt:yyyy-MM-dd}"),
        AuditEvent.For<ApiTokenFirstUsed>("token.first_used", Module)
            .Recorded(e => new { e.TokenId, e.UserId, e.UsedAt }).About(user: e => e.UserId)
            .Says((e, names) => $"An API token of {names.User(e.UserId)} was used for the first time"),
        AuditEvent.For<ApiTokenRevoked>("token.revoked", Module)
            .Recorded(e => new { e.TokenId, e.UserId, e.RevokedAt }).About(user: e => e.UserId)
            .Says((e, names) => $"{names.Actor} revoked an API token of {names.User(e.UserId)}"),
    ];

    private static string Roles(IReadOnlyList<string> roles) => roles.Count == 0 ? "(none)" : string.Join(", ", roles);
}
