namespace Codeflare.Sessions.Features.UpdateSession;

internal sealed record UpdateSessionRequest(string? Name, IReadOnlyList<string>? Tabs, int? Tiling);
