namespace Codeflare.Identity.Domain;

internal sealed record UserEnabled(Guid UserId, DateTimeOffset EnabledAt);
