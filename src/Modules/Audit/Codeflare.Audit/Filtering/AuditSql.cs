using Npgsql;
using NpgsqlTypes;

namespace Codeflare.Audit.Filtering;

/// <summary>The read model's SELECT for a filter, a cursor and an order: every value a parameter, every filter an index.</summary>
internal static class AuditSql
{
    public const string Columns = """
        select sequence, time, type, module, actor, actor_email, target_user, session, correlation_id, causation_id,
            client_ip, user_agent, data::text, summary from codeflare.audit_entries
        """;

    public static NpgsqlCommand Select(AuditFilter filter, long? cursor, bool newestFirst, int? limit, NpgsqlConnection connection)
    {
        var command = new NpgsqlCommand { Connection = connection };
        var conditions = new List<string>();
        void Add(string condition, string name, object value, NpgsqlDbType type)
        {
            conditions.Add(condition);
            command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        }
        if (AuditArgument.Actor(filter.Actor) is { } actor) Add("actor = @actor", "actor", actor, NpgsqlDbType.Text);
        if (filter.User is { } user) Add("target_user = @user", "user", user, NpgsqlDbType.Uuid);
        if (filter.Session is { } session) Add("session = @session", "session", session, NpgsqlDbType.Uuid);
        if (filter.Module is { } module) Add("module = @module", "module", module, NpgsqlDbType.Text);
        if (filter.Type is { } type) Add("type = @type", "type", type, NpgsqlDbType.Text);
        if (filter.From is { } from) Add("time >= @from", "from", from, NpgsqlDbType.TimestampTz);
        if (filter.To is { } to) Add("time <= @to", "to", to, NpgsqlDbType.TimestampTz);
        if (filter.Text is { } text) Add(@"search ilike @text escape '\'", "text", AuditArgument.Anywhere(text), NpgsqlDbType.Text);
        if (cursor is { } after) Add(newestFirst ? "sequence < @cursor" : "sequence > @cursor", "cursor", after, NpgsqlDbType.Bigint);
        var where = conditions.Count == 0 ? "" : " where " + string.Join(" and ", conditions);
        var take = limit is { } count ? $" limit {count}" : "";
        command.CommandText = $"{Columns}{where} order by sequence {(newestFirst ? "desc" : "asc")}{take}";
        return command;
    }
}
