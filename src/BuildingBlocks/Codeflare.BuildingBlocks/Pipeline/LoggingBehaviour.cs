using System.Diagnostics;
using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Codeflare.BuildingBlocks.Pipeline;

/// <summary>Outermost step: every log line of the request carries its correlation id and actor.</summary>
internal sealed class LoggingBehaviour<TRequest, TResponse>(RequestContext context, ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        using var scope = logger.BeginScope(new Dictionary<string, object>
        {
            ["CorrelationId"] = context.CorrelationId,
            ["Actor"] = context.Actor,
        });
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            logger.LogDebug("{Request} handled in {ElapsedMs:0.0} ms", name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            logger.LogInformation("{Request} refused after {ElapsedMs:0.0} ms: {Reason}", name,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
            throw;
        }
    }
}
