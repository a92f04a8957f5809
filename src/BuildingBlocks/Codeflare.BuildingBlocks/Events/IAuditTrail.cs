namespace Codeflare.BuildingBlocks.Events;

/// <summary>
/// Records security events (access denied, sign-in failed, setup code rejected) in their own
/// transaction, so they are kept even though the request that caused them fails.
/// </summary>
public interface IAuditTrail
{
    /// <summary>A security event that belongs to no aggregate: a stream of its own.</summary>
    Task RecordAsync(object securityEvent, CancellationToken cancellationToken);

    /// <summary>Security events that belong to an aggregate's history (a user's failed sign-ins).</summary>
    Task RecordAsync(Guid streamId, IReadOnlyList<object> securityEvents, CancellationToken cancellationToken);

    /// <summary>
    /// A refusal, coalesced with the same caller's same refusal within the denial window (<c>Audit:DenialWindow</c>):
    /// the first is written at once, repeats are counted and written as one event when the window closes.
    /// </summary>
    Task RecordDenialAsync(IDenial denial, CancellationToken cancellationToken);
}
