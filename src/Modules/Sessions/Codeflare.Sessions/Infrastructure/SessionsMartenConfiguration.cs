using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Terminals;
using Codeflare.Sessions.Infrastructure.Runner;
using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Sessions.Infrastructure;

internal sealed class SessionsMartenConfiguration : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        options.Projections.Snapshot<Session>(SnapshotLifecycle.Inline);
        options.Schema.For<Session>().Index(session => session.OwnerId).Index(session => session.Status);
        options.Projections.Snapshot<UserPreferences>(SnapshotLifecycle.Inline);
        options.Projections.Snapshot<Preset>(SnapshotLifecycle.Inline);
        options.Schema.For<Preset>().Index(preset => preset.OwnerId);
        options.Projections.Snapshot<TerminalRecording>(SnapshotLifecycle.Inline);
        options.Schema.For<TerminalRecording>().Index(recording => recording.SessionId).Index(recording => recording.LastStoredAt);
        options.Listeners.Add(services.GetRequiredService<RunnerCommitListener>());
        options.Listeners.Add(services.GetRequiredService<SessionStatusPush>());
    }
}
