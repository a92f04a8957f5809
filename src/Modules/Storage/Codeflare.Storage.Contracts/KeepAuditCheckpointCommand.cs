using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Contracts;

/// <summary>
/// SPEC §7: writes the audit hash chain's head at <paramref name="Sequence"/> as an object of its own, outside the
/// database the chain lives in, under the instance's own prefix (instances may share a bucket). Returns the
/// object's key.
/// </summary>
[SystemOnlyRequest]
public sealed record KeepAuditCheckpointCommand(string Instance, long Sequence, string Link, DateTimeOffset At) : ICommand<string>;
