using Codeflare.BuildingBlocks.Security;
using Codeflare.Sessions.Domain;
using Marten;
using MediatR;

namespace Codeflare.Sessions.Features.ListPresets;

internal sealed class ListPresetsQueryHandler(IQuerySession querySession, RequestContext context) : IRequestHandler<ListPresetsQuery, IReadOnlyList<Preset>>
{
    public async Task<IReadOnlyList<Preset>> Handle(ListPresetsQuery query, CancellationToken cancellationToken)
    {
        var ownerId = context.UserId!.Value;
        var presets = await querySession.Query<Preset>().Where(preset => preset.OwnerId == ownerId && !preset.Deleted)
            .OrderBy(preset => preset.Name).ToListAsync(cancellationToken);
        return presets.ToList();
    }
}
