using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.ChangePreferences;

internal sealed class ChangePreferencesCommandHandler(IDocumentSession documentSession, RequestContext context, TimeProvider clock)
    : IRequestHandler<ChangePreferencesCommand, UserPreferences>
{
    public async Task<UserPreferences> Handle(ChangePreferencesCommand command, CancellationToken cancellationToken)
    {
        var userId = context.UserId!.Value;
        var stream = await documentSession.Events.FetchForWriting<UserPreferences>(UserPreferences.StreamIdFor(userId), cancellationToken);
        var current = stream.Aggregate ?? UserPreferences.DefaultsFor(userId);
        var changed = new PreferencesChanged(userId, command.FontSize ?? current.FontSize, command.Theme ?? current.Theme,
            command.DefaultAgent ?? current.DefaultAgent, command.SyncMode ?? current.SyncMode,
            command.IdleTimeoutMinutes is { } minutes ? (minutes == 0 ? null : minutes) : current.IdleTimeoutMinutes, clock.GetUtcNow());
        var next = current.Apply(changed);
        if (next != current) stream.AppendOne(changed);
        return next;
    }
}
