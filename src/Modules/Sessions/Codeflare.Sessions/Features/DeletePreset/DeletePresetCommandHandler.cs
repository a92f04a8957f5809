using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.DeletePreset;

internal sealed class DeletePresetCommandHandler(IDocumentSession documentSession, RequestContext context, TimeProvider clock)
    : IRequestHandler<DeletePresetCommand, Unit>
{
    public async Task<Unit> Handle(DeletePresetCommand command, CancellationToken cancellationToken)
    {
        var stream = await documentSession.Events.FetchForWriting<Preset>(command.PresetId, cancellationToken);
        if (stream.Aggregate is not { Deleted: false } preset || preset.OwnerId != context.UserId) throw new NotFoundException("preset", command.PresetId);
        stream.AppendOne(new PresetDeleted(preset.Id, clock.GetUtcNow()));
        return Unit.Value;
    }
}
