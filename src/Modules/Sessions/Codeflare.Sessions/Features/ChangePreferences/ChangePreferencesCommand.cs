using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;

namespace Codeflare.Sessions.Features.ChangePreferences;

/// <summary>PATCH semantics: a null field stays as it is; <c>idleTimeoutMinutes = 0</c> returns to the instance's default.</summary>
[RequiresPermission(Permission.OwnProfile)]
internal sealed record ChangePreferencesCommand(int? FontSize, string? Theme, string? DefaultAgent, string? SyncMode, int? IdleTimeoutMinutes)
    : ICommand<UserPreferences>;
