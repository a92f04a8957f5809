using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Events;
using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Contracts;
using Codeflare.Setup.Domain;
using Marten;
using MediatR;

namespace Codeflare.Setup.Features.CreateAdmin;

internal sealed class CreateAdminCommandHandler(IDocumentSession documentSession, IMediator mediator, IAuditTrail auditTrail, RequestContext context, TimeProvider clock)
    : IRequestHandler<CreateAdminCommand, Guid>
{
    public async Task<Guid> Handle(CreateAdminCommand command, CancellationToken cancellationToken)
    {
        // Fetching for writing pins the setup stream's version: of two concurrent attempts, one commits, the other gets 409.
        var stream = await documentSession.Events.FetchForWriting<SetupState>(SetupState.StreamId, cancellationToken);
        if (stream.Aggregate?.AdminUserId is not null || await mediator.Send(new AdminExistsQuery(), cancellationToken))
            throw new ConflictException("An admin already exists; setup is admin-only now.");
        if (!SetupCode.Matches(command.SetupCode, stream.Aggregate?.CodeHash))
        {
            await auditTrail.RecordAsync(new SetupCodeRejected(SetupState.StreamId, command.Email, clock.GetUtcNow()), cancellationToken);
            throw new ForbiddenException("The setup code is wrong. Use the code the host printed at its last start.");
        }

        var userId = await mediator.Send(new CreateFirstAdminCommand(command.Email, command.Password), cancellationToken);
        // The caller proved they hold the console's code and is this admin from now on: attribute the events to them.
        context.SignIn(userId, []);
        stream.AppendOne(new SetupAdminCreated(SetupState.StreamId, userId, clock.GetUtcNow()));
        return userId;
    }
}
