using Codeflare.Sessions.Domain;
using JasperFx.Events.Projections;
using Marten;

namespace Codeflare.Sessions.Infrastructure;

internal sealed class SessionsMartenConfiguration : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Projections.Snapshot<Session>(SnapshotLifecycle.Inline);
        options.Schema.For<Session>().Index(session => session.OwnerId);
    }
}
