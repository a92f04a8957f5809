using Codeflare.Audit.Chain;
using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Audit.Features.VerifyAuditChain;

/// <summary>SPEC §7: recompute the hash chain over the whole log, against its table and the store's checkpoints.</summary>
[RequiresPermission(Permission.ReadAudit)]
internal sealed record VerifyAuditChainQuery : IQuery<ChainVerification>;
