namespace Codeflare.Setup.Domain;

/// <summary>Someone tried to create the first admin with a wrong setup code.</summary>
internal sealed record SetupCodeRejected(Guid SetupId, string Email, DateTimeOffset RejectedAt);
