namespace Codeflare.Sessions.Domain;

internal sealed record PresetDeleted(Guid PresetId, DateTimeOffset DeletedAt);
