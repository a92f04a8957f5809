namespace Codeflare.Identity.Domain;

internal sealed record UserRolesChanged(Guid UserId, IReadOnlyList<string> Before, IReadOnlyList<string> After, DateTimeOffset ChangedAt);
