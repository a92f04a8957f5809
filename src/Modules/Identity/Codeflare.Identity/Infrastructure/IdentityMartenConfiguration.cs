using Codeflare.Identity.Domain;
using JasperFx.Events.Projections;
using Marten;

namespace Codeflare.Identity.Infrastructure;

internal sealed class IdentityMartenConfiguration : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Projections.Snapshot<User>(SnapshotLifecycle.Inline);
        options.Schema.For<User>().UniqueIndex(user => user.Email);
        options.Projections.Snapshot<Invitation>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<ApiToken>(SnapshotLifecycle.Inline);
        options.Schema.For<ApiToken>().Index(token => token.UserId);
        options.Schema.For<ApiTokenUsage>();
        options.Events.AddEventType<SignInRejected>();
    }
}
