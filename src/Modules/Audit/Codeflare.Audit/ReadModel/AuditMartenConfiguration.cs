using Codeflare.Audit.Chain;
using Marten;

namespace Codeflare.Audit.ReadModel;

/// <summary>The read model and the hash chain are fed by the async daemon, which runs each on one host at a time.</summary>
internal sealed class AuditMartenConfiguration : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Events.Subscribe(new DeferredSubscription<AuditLogSubscription>(services, AuditLogSubscription.SubscriptionName));
        options.Events.Subscribe(new DeferredSubscription<AuditChainSubscription>(services, AuditChainSubscription.SubscriptionName));
    }
}
