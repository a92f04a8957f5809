namespace Codeflare.Setup.Domain;

internal sealed record SetupCodeIssued(Guid SetupId, string CodeHash, DateTimeOffset IssuedAt);
