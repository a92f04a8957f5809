using Codeflare.Audit.Chain;
using Codeflare.Audit.ReadModel;
using Codeflare.BuildingBlocks.Events;
using MediatR;

namespace Codeflare.Audit.Features.VerifyAuditChain;

/// <summary>
/// Waits (boundedly) until the chain has linked every event committed before the request, verifies, and records the
/// result as the periodic check does: readiness shows the newest verification, whoever asked for it.
/// </summary>
internal sealed class VerifyAuditChainQueryHandler(AuditReadiness readiness, ChainVerifier verifier, ChainHealth health, IAuditTrail auditTrail)
    : IRequestHandler<VerifyAuditChainQuery, ChainVerification>
{
    public async Task<ChainVerification> Handle(VerifyAuditChainQuery query, CancellationToken cancellationToken)
    {
        await readiness.WaitAsync(cancellationToken, AuditChainSubscription.SubscriptionName);
        var result = await verifier.VerifyAsync(cancellationToken);
        await health.RecordAsync(result, auditTrail, cancellationToken);
        return result;
    }
}
