using Codeflare.Storage.Contracts;
using Codeflare.Storage.Infrastructure;
using MediatR;

namespace Codeflare.Storage.Features.RecordingParts;

internal sealed class DeleteRecordingPartsCommandHandler(ObjectStore store) : IRequestHandler<DeleteRecordingPartsCommand, int>
{
    public async Task<int> Handle(DeleteRecordingPartsCommand command, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(command.Keys, cancellationToken);
        return command.Keys.Count;
    }
}
