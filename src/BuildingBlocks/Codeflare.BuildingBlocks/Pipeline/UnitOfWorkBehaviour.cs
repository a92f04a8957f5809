using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Marten;
using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;
using JasperFx;
using Marten;
using Marten.Exceptions;
using MediatR;
using Npgsql;

namespace Codeflare.BuildingBlocks.Pipeline;

/// <summary>
/// Innermost step for commands: one <c>SaveChangesAsync</c> after the outermost command, so a command
/// that sends another command (setup → create admin) commits both or neither.
/// </summary>
internal sealed class UnitOfWorkBehaviour<TRequest, TResponse>(IDocumentSession documentSession, RequestContext context, CommandDepth depth)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IBaseCommand) return await next();
        depth.Value++;
        try
        {
            var response = await next();
            if (depth.Value == 1) await SaveAsync(cancellationToken);
            return response;
        }
        finally
        {
            depth.Value--;
        }
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        EventMetadata.Apply(documentSession, context);
        try
        {
            await documentSession.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (IsLostRace(exception))
        {
            throw new ConflictException("Someone else changed this at the same time. Reload and try again.");
        }
    }

    private static bool IsLostRace(Exception exception) => exception switch
    {
        ConcurrencyException or DocumentAlreadyExistsException => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        MartenCommandException { InnerException: { } inner } => IsLostRace(inner),
        _ => exception.InnerException is { } inner && IsLostRace(inner),
    };
}
