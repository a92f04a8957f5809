using Marten;

namespace Codeflare.BuildingBlocks.Auditing;

/// <summary>Every described type is known to Marten from the start, so the field-policy test sees the whole set.</summary>
internal sealed class AuditEventTypes(IAuditEventSource source) : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        foreach (var description in source.Events) options.Events.AddEventType(description.EventType);
    }
}
