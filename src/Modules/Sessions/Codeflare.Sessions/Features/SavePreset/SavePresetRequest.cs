namespace Codeflare.Sessions.Features.SavePreset;

internal sealed record SavePresetRequest(string? Name, string? Agent, IReadOnlyList<string>? Tabs, int? Tiling);
