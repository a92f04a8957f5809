using Codeflare.Storage.Contracts;
using FluentValidation;

namespace Codeflare.Storage.WorkspaceSync;

internal sealed class GetWorkspaceSyncStatusesQueryValidator : AbstractValidator<GetWorkspaceSyncStatusesQuery>
{
    public GetWorkspaceSyncStatusesQueryValidator() => RuleFor(query => query.SessionIds).NotNull().Must(ids => ids.Count <= 1000);
}
