using Codeflare.Sessions.Domain;
using Codeflare.Storage.Contracts;
using Marten;

namespace Codeflare.Sessions.Features.ListSyncedSessions;

/// <summary>Each owner's chosen sync mode (SPEC §5; <c>config</c> until they choose), and the sync's view of a session.</summary>
internal static class SyncModes
{
    public static async Task<IReadOnlyDictionary<Guid, string>> ForOwnersAsync(IQuerySession querySession, IEnumerable<Guid> owners,
        CancellationToken cancellationToken)
    {
        var ids = owners.Distinct().ToList();
        var preferences = await querySession.LoadManyAsync<UserPreferences>(cancellationToken, ids.Select(UserPreferences.StreamIdFor));
        return preferences.ToDictionary(preference => preference.UserId, preference => preference.SyncMode);
    }

    public static WorkspaceTarget TargetOf(Session session, IReadOnlyDictionary<Guid, string> modes) =>
        new(session.Id, session.OwnerId, session.ContainerId!, modes.GetValueOrDefault(session.OwnerId) ?? PreferenceChoices.DefaultSyncMode,
            session.RequestCorrelationId);
}
