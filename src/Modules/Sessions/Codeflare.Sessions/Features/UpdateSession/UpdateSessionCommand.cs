using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Sessions.Features.UpdateSession;

/// <summary>PATCH: rename, and/or change the further tabs and tiling; null fields stay as they are.</summary>
[RequiresPermission(Permission.OwnSessions)]
internal sealed record UpdateSessionCommand(Guid SessionId, string? Name, IReadOnlyList<string>? Tabs, int? Tiling) : ICommand<MediatR.Unit>;
