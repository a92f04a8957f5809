namespace Codeflare.Identity.Contracts;

/// <summary>A user allowed to act, with the permissions of all their roles.</summary>
public sealed record SignedInUser(Guid Id, string Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, Guid SecurityStamp);
