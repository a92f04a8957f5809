using Codeflare.BuildingBlocks.Auditing;
using Marten;
using Npgsql;

namespace Codeflare.Audit.ReadModel;

/// <summary>
/// The emails and sessions the audit log names, as of the event being applied. Only the subscription uses it, one page
/// at a time; its memory is a cache of the directory tables, trusted only while this process applied every page since.
/// </summary>
internal sealed class AuditDirectory(IDocumentStore store)
{
    private const int MaximumCached = 50_000;
    private readonly Dictionary<Guid, string> emails = [];
    private readonly Dictionary<Guid, DirectorySession> sessions = [];
    private readonly HashSet<Guid> changedUsers = [];
    private long appliedThrough = -1;

    public string? EmailOf(Guid userId) => emails.GetValueOrDefault(userId);

    public DirectorySession? SessionOf(Guid sessionId) => sessions.GetValueOrDefault(sessionId);

    /// <summary>Another host may have applied pages in between (hot/cold failover): then the cache starts over.</summary>
    public async Task BeginAsync(long floor, IReadOnlyCollection<Guid> users, IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken)
    {
        if (floor != appliedThrough || emails.Count + sessions.Count > MaximumCached)
        {
            emails.Clear();
            sessions.Clear();
        }
        changedUsers.Clear();
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        await LoadUsersAsync(connection, users.Where(id => !emails.ContainsKey(id)).ToArray(), cancellationToken);
        await LoadSessionsAsync(connection, sessionIds.Where(id => !sessions.ContainsKey(id)).ToArray(), cancellationToken);
    }

    public void Apply(AuditUserFacts facts)
    {
        emails[facts.UserId] = facts.Email;
        changedUsers.Add(facts.UserId);
    }

    public void Apply(AuditSessionFacts facts, long sequence, DateTimeOffset at)
    {
        if (!sessions.TryGetValue(facts.SessionId, out var session))
            sessions[facts.SessionId] = session = new DirectorySession(facts.SessionId) { CreatedSequence = sequence, CreatedAt = at };
        if (facts.OwnerId is { } owner)
        {
            session.OwnerId = owner;
            session.OwnerEmail = EmailOf(owner);
        }
        session.Name = facts.Name ?? session.Name;
        session.Agent = facts.Agent ?? session.Agent;
        session.Tier = facts.Tier ?? session.Tier;
        if (facts.State is { } state) (session.State, session.StateAt) = (state, at);
        session.Deleted |= facts.Deleted;
        session.Changed = true;
    }

    /// <summary>Queues this page's directory changes on the subscription's own transaction.</summary>
    public void End(IDocumentOperations operations, long ceiling)
    {
        foreach (var id in changedUsers)
            operations.QueueSqlCommand(
                "insert into codeflare.audit_users (id, email) values (?, ?) on conflict (id) do update set email = excluded.email", id, emails[id]);
        foreach (var session in sessions.Values.Where(session => session.Changed))
        {
            operations.QueueSqlCommand(DirectorySql.Upsert, session.Id, (object?)session.OwnerId ?? DBNull.Value, session.OwnerEmail ?? (object)DBNull.Value,
                session.Name ?? (object)DBNull.Value, session.Agent ?? (object)DBNull.Value, session.Tier ?? (object)DBNull.Value,
                (object?)session.CreatedAt ?? DBNull.Value, session.CreatedSequence, session.State, session.StateAt, session.Deleted);
            session.Changed = false;
        }
        appliedThrough = ceiling;
    }

    private async Task LoadUsersAsync(NpgsqlConnection connection, Guid[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length == 0) return;
        await using var command = new NpgsqlCommand("select id, email from codeflare.audit_users where id = any(@ids)", connection);
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) emails[reader.GetGuid(0)] = reader.GetString(1);
    }

    private async Task LoadSessionsAsync(NpgsqlConnection connection, Guid[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length == 0) return;
        await using var command = new NpgsqlCommand(DirectorySql.Select + " where id = any(@ids)", connection);
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var session = DirectorySql.Read(reader);
            sessions[session.Id] = session;
        }
    }
}
