using Codeflare.BuildingBlocks.Auditing;
using Marten;

namespace Codeflare.Audit.Catalog;

/// <summary>
/// Every module's audit table in one place: public name, module and policy of each event type, found by its .NET type
/// or by the name Marten stores it under. The public name is the contract; the stored and .NET names may change.
/// </summary>
internal sealed class AuditCatalog
{
    private readonly Dictionary<Type, AuditEventDescription> byType = [];
    private readonly Dictionary<string, AuditEventDescription> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuditEventDescription> byStoredName = new(StringComparer.Ordinal);

    public AuditCatalog(IEnumerable<IAuditEventSource> sources, IDocumentStore store)
    {
        foreach (var description in sources.SelectMany(source => source.Events))
        {
            if (!byName.TryAdd(description.Name, description))
                throw new InvalidOperationException($"Two event types share the public name {description.Name}.");
            if (!byType.TryAdd(description.EventType, description))
                throw new InvalidOperationException($"{description.EventType.Name} is described twice.");
        }
        foreach (var known in store.Options.Events.AllKnownEventTypes())
            if (byType.TryGetValue(known.EventType, out var description)) byStoredName[known.EventTypeName] = description;
    }

    public IEnumerable<AuditEventDescription> All => byName.Values;

    public AuditEventDescription? Find(Type eventType) => byType.GetValueOrDefault(eventType);

    public AuditEventDescription? FindStored(string storedName) => byStoredName.GetValueOrDefault(storedName);

    public bool IsName(string name) => byName.ContainsKey(name);

    /// <summary>The public name of a stored type name; an event type nobody described still gets one, never a blank.</summary>
    public string NameOfStored(string storedName) => FindStored(storedName)?.Name ?? $"unknown.{storedName}";

    public static bool IsModule(string module) => AuditModules.All.Contains(module, StringComparer.Ordinal);
}
