using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Contracts;

/// <summary>
/// SPEC §4: writes one part of a terminal recording as an object of its own, under a system prefix outside every
/// user's space (no file request or sync can see, overwrite or delete it). Returns the object's key.
/// </summary>
[SystemOnlyRequest]
public sealed record StoreRecordingPartCommand(Guid SessionId, Guid RecordingId, int Part, ReadOnlyMemory<byte> Content) : ICommand<string>;
