using Codeflare.BuildingBlocks.Errors;
using Codeflare.Setup.Domain;
using Marten;
using MediatR;

namespace Codeflare.Setup.Features.IssueSetupCode;

internal sealed class IssueSetupCodeCommandHandler(IDocumentSession documentSession, TimeProvider clock)
    : IRequestHandler<IssueSetupCodeCommand, Unit>
{
    public async Task<Unit> Handle(IssueSetupCodeCommand command, CancellationToken cancellationToken)
    {
        var stream = await documentSession.Events.FetchForWriting<SetupState>(SetupState.StreamId, cancellationToken);
        if (stream.Aggregate?.AdminUserId is not null) throw new ConflictException("Setup already created its admin.");
        stream.AppendOne(new SetupCodeIssued(SetupState.StreamId, command.CodeHash, clock.GetUtcNow()));
        return Unit.Value;
    }
}
