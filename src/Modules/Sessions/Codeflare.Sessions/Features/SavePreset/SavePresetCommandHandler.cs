using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.SavePreset;

internal sealed class SavePresetCommandHandler(IDocumentSession documentSession, RequestContext context, TimeProvider clock)
    : IRequestHandler<SavePresetCommand, Preset>
{
    /// <summary>SPEC §3: up to 3 presets per user.</summary>
    public const int MaxPresets = 3;

    public async Task<Preset> Handle(SavePresetCommand command, CancellationToken cancellationToken)
    {
        var ownerId = context.UserId!.Value;
        if (command.PresetId is not { } presetId) return await CreateAsync(command, ownerId, cancellationToken);

        var stream = await documentSession.Events.FetchForWriting<Preset>(presetId, cancellationToken);
        if (stream.Aggregate is not { Deleted: false } preset || preset.OwnerId != ownerId) throw new NotFoundException("preset", presetId);
        var saved = new PresetSaved(preset.Id, ownerId, command.Name?.Trim() ?? preset.Name, command.Agent ?? preset.Agent,
            command.Tabs ?? preset.Tabs, command.Tiling ?? preset.Tiling, clock.GetUtcNow());
        stream.AppendOne(saved);
        return preset.Apply(saved);
    }

    private async Task<Preset> CreateAsync(SavePresetCommand command, Guid ownerId, CancellationToken cancellationToken)
    {
        var owned = await documentSession.Query<Preset>().CountAsync(preset => preset.OwnerId == ownerId && !preset.Deleted, cancellationToken);
        if (owned >= MaxPresets) throw new LimitReachedException($"You have {MaxPresets} presets, the most allowed. Delete one first.");
        var saved = new PresetSaved(Guid.NewGuid(), ownerId, command.Name!.Trim(), command.Agent ?? SessionChoices.DefaultAgent,
            command.Tabs ?? [], command.Tiling ?? 1, clock.GetUtcNow());
        documentSession.Events.StartStream<Preset>(saved.PresetId, saved);
        return Preset.Create(saved);
    }
}
