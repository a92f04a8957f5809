using Codeflare.BuildingBlocks.Errors;
using Codeflare.BuildingBlocks.Events;
using Codeflare.BuildingBlocks.Security;
using MediatR;

namespace Codeflare.BuildingBlocks.Pipeline;

/// <summary>401/403 before validation or the handler can reveal anything about the request's target.</summary>
internal sealed class AuthorizationBehaviour<TRequest, TResponse>(RequestContext context, IAuditTrail auditTrail, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var policy = RequestPolicy.For(typeof(TRequest));
        if (policy.AllowsAnonymous) return await next();
        if (policy.SystemOnly)
            return context.IsSystem ? await next() : throw new ForbiddenException("Only the host itself may do this.");
        if (!context.IsSignedIn) throw new UnauthorizedException();
        if (policy.Permission is { } permission && !context.Has(permission))
        {
            await auditTrail.RecordDenialAsync(
                new AccessDenied(context.UserId, permission, typeof(TRequest).Name, clock.GetUtcNow()), cancellationToken);
            throw new ForbiddenException($"This needs the '{permission}' permission.");
        }
        return await next();
    }
}
