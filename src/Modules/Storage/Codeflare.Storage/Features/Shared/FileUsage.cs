namespace Codeflare.Storage.Features.Shared;

/// <summary>SPEC §14 <c>GET /api/files/stats</c>: counts and bytes of one user's files, and their quota.</summary>
internal sealed record FileUsage(int Files, int Folders, long Bytes, long QuotaBytes);
