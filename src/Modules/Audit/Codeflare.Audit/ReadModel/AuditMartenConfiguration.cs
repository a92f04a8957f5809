using Marten;

namespace Codeflare.Audit.ReadModel;

/// <summary>The read model is fed by the async daemon, which runs it on one host at a time.</summary>
internal sealed class AuditMartenConfiguration : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) =>
        options.Events.Subscribe(new DeferredAuditLogSubscription(services));
}
