using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Logging;

namespace Codeflare.Audit.ReadModel;

/// <summary>
/// Builds the audit read model from the event store, in global order, up to the daemon's high-water mark (which never
/// passes a sequence still held by an open transaction). Its rows commit with its progress, so the table only grows at
/// its end: a cursor over it can neither skip nor repeat. The daemon runs it on one host at a time.
/// </summary>
internal sealed class AuditLogSubscription : IEventPageHandler
{
    public const string SubscriptionName = "audit-log";
    private readonly AuditSchema schema;
    private readonly AuditDirectory directory;
    private readonly AuditRowBuilder builder;
    private readonly ILogger<AuditLogSubscription> logger;

    public AuditLogSubscription(AuditSchema schema, AuditDirectory directory, AuditRowBuilder builder, ILogger<AuditLogSubscription> logger)
    {
        this.schema = schema;
        this.directory = directory;
        this.builder = builder;
        this.logger = logger;
    }

    public async Task<IChangeListener> ProcessEventsAsync(EventRange page, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        await schema.EnsureAsync(cancellationToken);
        var (users, sessions) = builder.Names(page.Events);
        await directory.BeginAsync(page.SequenceFloor, users, sessions, cancellationToken);
        var rows = new List<AuditRow>(page.Events.Count);
        foreach (var stored in page.Events)
        {
            try
            {
                rows.Add(builder.Build(stored));
            }
            catch (Exception exception)
            {
                // A summary that throws must not stall the audit of everything after it: the event is kept with its bare name.
                logger.LogError(exception, "Event {Sequence} ({Type}) could not be described for the audit", stored.Sequence, stored.EventTypeName);
                rows.Add(builder.Bare(stored));
            }
        }
        AuditRowWriter.Queue(operations, rows);
        directory.End(operations, page.SequenceCeiling);
        return NullChangeListener.Instance;
    }
}
