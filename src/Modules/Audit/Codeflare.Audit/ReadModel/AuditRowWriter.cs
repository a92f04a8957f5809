using Marten;

namespace Codeflare.Audit.ReadModel;

/// <summary>A page of rows as one statement (arrays unnested), queued on the subscription's transaction.</summary>
internal static class AuditRowWriter
{
    private const string Insert = """
        insert into codeflare.audit_entries (sequence, time, type, module, actor, actor_email, target_user, session, stream,
            correlation_id, causation_id, client_ip, user_agent, data, summary, search)
        select s, t, ty, m, a, ae, u, se, st, c, ca, ip, ua, d::jsonb, su, sr
        from unnest(?::bigint[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::uuid[], ?::uuid[],
            ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
            as page(s, t, ty, m, a, ae, u, se, st, c, ca, ip, ua, d, su, sr)
        on conflict (sequence) do nothing
        """;

    public static void Queue(IDocumentOperations operations, IReadOnlyList<AuditRow> rows)
    {
        if (rows.Count == 0) return;
        operations.QueueSqlCommand(Insert,
            rows.Select(row => row.Sequence).ToArray(),
            rows.Select(row => row.Time.ToUniversalTime()).ToArray(),
            rows.Select(row => row.Type).ToArray(),
            rows.Select(row => row.Module).ToArray(),
            rows.Select(row => row.Actor).ToArray(),
            rows.Select(row => row.ActorEmail).ToArray(),
            rows.Select(row => row.User).ToArray(),
            rows.Select(row => row.Session).ToArray(),
            rows.Select(row => row.Stream).ToArray(),
            rows.Select(row => row.CorrelationId).ToArray(),
            rows.Select(row => row.CausationId).ToArray(),
            rows.Select(row => row.ClientIp).ToArray(),
            rows.Select(row => row.UserAgent).ToArray(),
            rows.Select(row => row.Data).ToArray(),
            rows.Select(row => row.Summary).ToArray(),
            rows.Select(row => row.Search).ToArray());
    }
}
