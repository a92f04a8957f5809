namespace Codeflare.Sessions.Domain;

internal sealed record SessionDeleted(Guid SessionId, string Reason, DateTimeOffset DeletedAt);
