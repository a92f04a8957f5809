using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Storage.Contracts;

/// <summary>Removes recording parts past their retention; only keys of recording parts are deleted.</summary>
[SystemOnlyRequest]
public sealed record DeleteRecordingPartsCommand(IReadOnlyList<string> Keys) : ICommand<int>;
