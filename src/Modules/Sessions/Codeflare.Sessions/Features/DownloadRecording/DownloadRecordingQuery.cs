using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Sessions.Features.DownloadRecording;

/// <summary>SPEC §14: one recording as asciicast v2, for auditors and admins. Each read is an audited event.</summary>
[RequiresPermission(Permission.ReadAudit)]
internal sealed record DownloadRecordingQuery(Guid RecordingId, string? Range = null) : IQuery<RecordingContent>;
