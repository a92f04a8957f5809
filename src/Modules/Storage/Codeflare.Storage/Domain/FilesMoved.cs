namespace Codeflare.Storage.Domain;

/// <summary>A file or folder moved or renamed.</summary>
internal sealed record FilesMoved(Guid UserId, string From, string To, int Files, DateTimeOffset MovedAt);
