using Codeflare.Sessions.Domain;
using Marten;

namespace Codeflare.Sessions.Infrastructure.Activity;

/// <summary>Each owner's idle timeout: their own choice (kept within the instance's range), else the instance's.</summary>
internal static class IdleTimeouts
{
    public static async Task<Func<Guid, TimeSpan>> ForOwnersAsync(IQuerySession querySession, IEnumerable<Guid> ownerIds, IdleOptions options,
        CancellationToken cancellationToken)
    {
        var ids = ownerIds.Distinct().Select(UserPreferences.StreamIdFor).ToArray();
        var chosen = (await querySession.LoadManyAsync<UserPreferences>(cancellationToken, ids))
            .Where(preferences => preferences.IdleTimeoutMinutes is not null)
            .ToDictionary(preferences => preferences.UserId, preferences => Clamp(TimeSpan.FromMinutes(preferences.IdleTimeoutMinutes!.Value), options));
        return ownerId => chosen.GetValueOrDefault(ownerId, options.Timeout);
    }

    /// <summary>An admin may narrow the range after users chose: the choice then counts as the nearest bound.</summary>
    private static TimeSpan Clamp(TimeSpan chosen, IdleOptions options) =>
        chosen < options.UserTimeoutMin ? options.UserTimeoutMin : chosen > options.UserTimeoutMax ? options.UserTimeoutMax : chosen;
}
