namespace Codeflare.BuildingBlocks.Events;

/// <summary>
/// Records a security event (access denied, sign-in failed, setup code rejected) in its own
/// transaction, so it is kept even though the request that caused it fails.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(object securityEvent, CancellationToken cancellationToken);
}
