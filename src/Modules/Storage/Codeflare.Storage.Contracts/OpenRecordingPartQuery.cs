using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Contracts;

/// <summary>A stored recording part from <paramref name="Offset"/> to its end; only keys of recording parts are read.</summary>
[SystemOnlyRequest]
public sealed record OpenRecordingPartQuery(string Key, long Offset) : IQuery<Stream>;
