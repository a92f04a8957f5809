using Marten;
using Npgsql;

namespace Codeflare.Audit.ReadModel;

/// <summary>
/// The audit read model's tables, apart from the events they are built from: one row per event with every filter as
/// an indexed column (and a trigram index for free text), the session directory, and the hash chain with its
/// checkpoints and last verification. Created once per process, under
/// an advisory lock so two hosts starting together do not race on the DDL.
/// </summary>
internal sealed class AuditSchema(IDocumentStore store)
{
    private const long LockKey = 0x4175_6469_7453_6368;
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool ready;

    private const string Ddl = """
        create extension if not exists pg_trgm;
        create table if not exists codeflare.audit_entries (
            sequence bigint primary key, time timestamptz not null, type text not null, module text not null,
            actor text not null, actor_email text, target_user uuid, session uuid, stream uuid not null,
            correlation_id text, causation_id text, client_ip text, user_agent text,
            data jsonb not null, summary text not null, search text not null);
        create index if not exists audit_entries_type on codeflare.audit_entries (type, sequence);
        create index if not exists audit_entries_module on codeflare.audit_entries (module, sequence);
        create index if not exists audit_entries_actor on codeflare.audit_entries (actor, sequence);
        create index if not exists audit_entries_user on codeflare.audit_entries (target_user, sequence);
        create index if not exists audit_entries_session on codeflare.audit_entries (session, sequence);
        create index if not exists audit_entries_time on codeflare.audit_entries (time);
        create index if not exists audit_entries_search on codeflare.audit_entries using gin (search gin_trgm_ops);
        create table if not exists codeflare.audit_sessions (
            id uuid primary key, owner uuid, owner_email text, name text, agent text, tier text,
            created_at timestamptz, created_sequence bigint not null, state text not null, state_at timestamptz not null,
            deleted boolean not null default false);
        create index if not exists audit_sessions_created on codeflare.audit_sessions (created_sequence);
        create index if not exists audit_sessions_owner on codeflare.audit_sessions (owner, created_sequence);
        create table if not exists codeflare.audit_users (id uuid primary key, email text not null);
        create table if not exists codeflare.audit_chain (sequence bigint primary key, link bytea not null);
        create table if not exists codeflare.audit_checkpoints (sequence bigint primary key, link bytea not null, time timestamptz not null);
        create table if not exists codeflare.audit_chain_health (
            id int primary key, time timestamptz not null, valid boolean not null, checked_events bigint not null,
            first_broken_sequence bigint, reason text);
        """;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (ready) return;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (ready) return;
            await using var connection = store.Storage.Database.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var schema = new NpgsqlCommand("create schema if not exists codeflare; select pg_advisory_xact_lock(@key)", connection, transaction))
            {
                schema.Parameters.AddWithValue("key", LockKey);
                await schema.ExecuteNonQueryAsync(cancellationToken);
            }
            await using (var tables = new NpgsqlCommand(Ddl, connection, transaction)) await tables.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            ready = true;
        }
        finally
        {
            gate.Release();
        }
    }
}
