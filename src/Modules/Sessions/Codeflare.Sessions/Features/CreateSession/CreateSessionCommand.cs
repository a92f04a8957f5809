using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Features.Shared;

namespace Codeflare.Sessions.Features.CreateSession;

/// <summary>The agent, when not given, comes from the preset, else from the user's preferences.</summary>
[RequiresPermission(Permission.OwnSessions)]
internal sealed record CreateSessionCommand(string Name, string? Agent, string Tier, Guid? PresetId = null) : ICommand<SessionView>;
