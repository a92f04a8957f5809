namespace Codeflare.Identity.Domain;

internal sealed record UserDisabled(Guid UserId, DateTimeOffset DisabledAt);
