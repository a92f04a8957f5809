using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Codeflare.Sessions.Features.Shared;
using Marten;
using MediatR;
using Microsoft.Extensions.Options;

namespace Codeflare.Sessions.Features.CreateSession;

internal sealed class CreateSessionCommandHandler(
    IDocumentSession documentSession, RequestContext context, IOptions<SessionLimits> limits, TimeProvider clock)
    : IRequestHandler<CreateSessionCommand, SessionView>
{
    public async Task<SessionView> Handle(CreateSessionCommand command, CancellationToken cancellationToken)
    {
        var ownerId = context.UserId!.Value;
        var owned = await documentSession.Query<Session>()
            .CountAsync(session => session.OwnerId == ownerId && session.Status != SessionStatus.Deleted, cancellationToken);
        if (owned >= limits.Value.MaxSessionsPerUser)
            throw new LimitReachedException($"You have {owned} sessions, the most allowed. Delete one first.");

        var preset = command.PresetId is { } presetId ? await LoadPresetAsync(presetId, ownerId, cancellationToken) : null;
        var agent = command.Agent ?? preset?.Agent
            ?? (await documentSession.LoadAsync<UserPreferences>(UserPreferences.StreamIdFor(ownerId), cancellationToken))?.DefaultAgent
            ?? SessionChoices.DefaultAgent;
        var created = new SessionCreated(Guid.NewGuid(), ownerId, command.Name.Trim(), agent, command.Tier, clock.GetUtcNow(),
            preset?.Tabs ?? [], preset?.Tiling ?? 1, preset?.Id);
        documentSession.Events.StartStream<Session>(created.SessionId, created);
        return SessionView.From(Session.Create(created));
    }

    private async Task<Preset> LoadPresetAsync(Guid presetId, Guid ownerId, CancellationToken cancellationToken) =>
        await documentSession.LoadAsync<Preset>(presetId, cancellationToken) is { Deleted: false } preset && preset.OwnerId == ownerId
            ? preset
            : throw new NotFoundException("preset", presetId);
}
