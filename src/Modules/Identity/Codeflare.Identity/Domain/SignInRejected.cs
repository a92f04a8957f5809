namespace Codeflare.Identity.Domain;

/// <summary>
/// A sign-in for an email that has no account. Kept apart from <see cref="SignInFailed"/>, which belongs to a
/// user's stream: an event type the <see cref="User"/> projection applies must never start a stream of its own.
/// </summary>
internal sealed record SignInRejected(string Email, DateTimeOffset RejectedAt);
