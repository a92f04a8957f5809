namespace Codeflare.Identity.Features.Shared;

internal sealed record UserSummary(Guid Id, string Email, IReadOnlyList<string> Roles, string Status, DateTimeOffset RegisteredAt)
{
    public static UserSummary From(Domain.User user) =>
        new(user.Id, user.Email, user.Roles, user.Status.ToString().ToLowerInvariant(), user.RegisteredAt);
}
