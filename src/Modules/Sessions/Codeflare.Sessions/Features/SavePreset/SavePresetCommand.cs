using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;

namespace Codeflare.Sessions.Features.SavePreset;

/// <summary>Creates a preset (no id) or changes one (PATCH: null fields stay as they are).</summary>
[RequiresPermission(Permission.OwnProfile)]
internal sealed record SavePresetCommand(Guid? PresetId, string? Name, string? Agent, IReadOnlyList<string>? Tabs, int? Tiling) : ICommand<Preset>;
