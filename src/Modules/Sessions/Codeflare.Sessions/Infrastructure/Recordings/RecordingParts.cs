using Codeflare.BuildingBlocks.Security;
using Codeflare.Storage.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Sessions.Infrastructure.Recordings;

/// <summary>Opens stored parts through the Storage module, as the system: the reader's own permission was checked before.</summary>
internal sealed class RecordingParts(IServiceScopeFactory scopes)
{
    public async Task<Stream> OpenAsync(string key, long offset, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().RunAsSystem();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new OpenRecordingPartQuery(key, offset), cancellationToken);
    }
}
