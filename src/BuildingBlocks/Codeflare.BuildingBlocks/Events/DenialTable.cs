using Marten;
using Weasel.Postgresql.Tables;

namespace Codeflare.BuildingBlocks.Events;

/// <summary>
/// The open denial windows, one row per key, in PostgreSQL because every host of an instance counts into the same
/// window. Small (keys refused within the last window), so the flush's scan of it needs no index.
/// </summary>
internal sealed class DenialTable : IConfigureMarten
{
    public const string Name = "audit_denials";

    public void Configure(IServiceProvider services, StoreOptions options)
    {
        var table = new Table($"{options.DatabaseSchemaName}.{Name}");
        table.AddColumn("key", "text").AsPrimaryKey();
        table.AddColumn("event_type", "text").NotNull();
        table.AddColumn("payload", "jsonb").NotNull();
        table.AddColumn("window_start", "timestamp with time zone").NotNull();
        table.AddColumn("repeats", "integer").NotNull().DefaultValue(0);
        table.AddColumn("first_repeat_at", "timestamp with time zone");
        table.AddColumn("last_repeat_at", "timestamp with time zone");
        table.AddColumn("repeat_metadata", "jsonb");
        options.Storage.ExtendedSchemaObjects.Add(table);
    }
}
