namespace Codeflare.Identity.Domain;

/// <summary>A refused sign-in. Never carries the password that was tried.</summary>
internal sealed record SignInFailed(Guid? UserId, string Email, string Reason, DateTimeOffset FailedAt);
