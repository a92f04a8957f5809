using Codeflare.Audit.Catalog;
using Codeflare.BuildingBlocks.Marten;
using Codeflare.BuildingBlocks.Security;
using JasperFx.Events;

namespace Codeflare.Audit.ReadModel;

/// <summary>
/// Turns one stored event into its audit row, in sequence order: the directory first learns what the event says about
/// users (so "x joined" names x), then the summary is written with the names as they were, then sessions change.
/// </summary>
internal sealed class AuditRowBuilder(AuditCatalog catalog, AuditDirectory directory)
{
    public AuditRow Build(IEvent stored)
    {
        var description = catalog.Find(stored.EventType);
        var actor = stored.UserName ?? RequestContext.SystemActor;
        if (description?.UserFactsOf(stored.Data) is { } user) directory.Apply(user);
        var subject = description?.SubjectOf(stored.Data);
        var names = new AuditNames(directory, actor);
        var summary = description is null ? $"{names.Actor}: {stored.EventTypeName}" : description.Summarize(stored.Data, names);
        if (description?.SessionFactsOf(stored.Data) is { } session) directory.Apply(session, stored.Sequence, stored.Timestamp);
        var target = subject?.User ?? (subject?.Session is { } id ? directory.SessionOf(id)?.OwnerId : null);
        var actorEmail = Guid.TryParse(actor, out var actorId) ? directory.EmailOf(actorId) : null;
        var data = AuditData.Of(stored.Data, description).ToJsonString();
        return new AuditRow(
            stored.Sequence, stored.Timestamp, description?.Name ?? catalog.NameOfStored(stored.EventTypeName), description?.Module ?? "unknown",
            actor, actorEmail, target, subject?.Session, stored.StreamId, stored.CorrelationId, stored.CausationId,
            Header(stored, EventMetadata.ClientIpHeader), Header(stored, EventMetadata.UserAgentHeader), data, summary,
            $"{summary} {actorEmail} {data}");
    }

    /// <summary>The event with nothing but its name and metadata, when describing it failed.</summary>
    public AuditRow Bare(IEvent stored)
    {
        var type = catalog.Find(stored.EventType)?.Name ?? catalog.NameOfStored(stored.EventTypeName);
        var actor = stored.UserName ?? RequestContext.SystemActor;
        return new AuditRow(stored.Sequence, stored.Timestamp, type, catalog.Find(stored.EventType)?.Module ?? "unknown", actor, null, null, null,
            stored.StreamId, stored.CorrelationId, stored.CausationId, Header(stored, EventMetadata.ClientIpHeader),
            Header(stored, EventMetadata.UserAgentHeader), "{}", type, type);
    }

    /// <summary>Every user and session a page names, so the directory loads them in two queries.</summary>
    public (IReadOnlyCollection<Guid> Users, IReadOnlyCollection<Guid> Sessions) Names(IReadOnlyList<IEvent> events)
    {
        var users = new HashSet<Guid>();
        var sessions = new HashSet<Guid>();
        foreach (var stored in events)
        {
            if (Guid.TryParse(stored.UserName, out var actor)) users.Add(actor);
            if (catalog.Find(stored.EventType)?.SubjectOf(stored.Data) is not { } subject) continue;
            if (subject.User is { } user) users.Add(user);
            if (subject.Session is { } session) sessions.Add(session);
        }
        return (users, sessions);
    }

    private static string? Header(IEvent stored, string name) => stored.GetHeader(name)?.ToString();
}
