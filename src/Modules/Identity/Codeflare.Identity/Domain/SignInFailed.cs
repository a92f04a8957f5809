namespace Codeflare.Identity.Domain;

/// <summary>A refused sign-in of an existing account, on that user's stream. Never carries the password that was tried.</summary>
internal sealed record SignInFailed(Guid UserId, string Email, string Reason, DateTimeOffset FailedAt);
