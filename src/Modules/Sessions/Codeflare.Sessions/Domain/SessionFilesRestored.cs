namespace Codeflare.Sessions.Domain;

/// <summary>The restore of the user's files into the container is over (the Storage module records how it went); terminals start next.</summary>
internal sealed record SessionFilesRestored(Guid SessionId, DateTimeOffset RestoredAt);
