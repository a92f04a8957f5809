using Codeflare.Storage.Contracts;
using Codeflare.Storage.Infrastructure;
using MediatR;
using Microsoft.Extensions.Options;

namespace Codeflare.Storage.Features.WorkspaceObjects;

internal sealed class GetUserQuotaQueryHandler(IOptions<StorageOptions> options) : IRequestHandler<GetUserQuotaQuery, long>
{
    public Task<long> Handle(GetUserQuotaQuery query, CancellationToken cancellationToken) => Task.FromResult(options.Value.QuotaBytes);
}
