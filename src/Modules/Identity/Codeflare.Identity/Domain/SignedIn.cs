namespace Codeflare.Identity.Domain;

internal sealed record SignedIn(Guid UserId, string Method, DateTimeOffset SignedInAt);
