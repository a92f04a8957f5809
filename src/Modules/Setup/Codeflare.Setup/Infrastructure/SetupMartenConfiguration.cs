using Codeflare.Setup.Domain;
using JasperFx.Events.Projections;
using Marten;

namespace Codeflare.Setup.Infrastructure;

internal sealed class SetupMartenConfiguration : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Projections.Snapshot<SetupState>(SnapshotLifecycle.Inline);
        options.Events.AddEventType<SetupCodeRejected>();
    }
}
