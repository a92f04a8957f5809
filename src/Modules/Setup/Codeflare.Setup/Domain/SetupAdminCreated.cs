namespace Codeflare.Setup.Domain;

internal sealed record SetupAdminCreated(Guid SetupId, Guid UserId, DateTimeOffset CreatedAt);
