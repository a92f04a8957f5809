namespace Codeflare.Identity.Domain;

internal sealed record UserDeleted(Guid UserId, string Email, DateTimeOffset DeletedAt);
