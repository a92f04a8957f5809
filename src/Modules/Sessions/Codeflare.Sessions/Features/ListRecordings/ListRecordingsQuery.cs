using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Sessions.Features.ListRecordings;

/// <summary>SPEC §14: a session's recordings, for auditors and admins; the session's owner may not read them.</summary>
[RequiresPermission(Permission.ReadAudit)]
internal sealed record ListRecordingsQuery(Guid SessionId) : IQuery<RecordingList>;
