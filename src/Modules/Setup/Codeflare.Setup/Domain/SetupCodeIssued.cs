using Codeflare.BuildingBlocks.Events;

namespace Codeflare.Setup.Domain;

internal sealed record SetupCodeIssued(Guid SetupId, [property: SecretField] string CodeHash, DateTimeOffset IssuedAt);
