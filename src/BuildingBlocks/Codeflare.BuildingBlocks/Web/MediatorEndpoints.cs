using Codeflare.BuildingBlocks.Messaging;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.BuildingBlocks.Web;

/// <summary>The two endpoint shapes most slices share, so that their endpoint files say only what differs.</summary>
public static class MediatorEndpoints
{
    /// <summary><c>METHOD pattern-with-{id:guid}</c> → the command made from the id → 204.</summary>
    public static RouteHandlerBuilder MapIdCommand(this IEndpointRouteBuilder app, string method, string pattern, Func<Guid, ICommand<Unit>> command) =>
        app.MapMethods(pattern, [method], async Task<NoContent> (Guid id, IMediator mediator, HttpContext http) =>
        {
            await mediator.Send(command(id), http.RequestAborted);
            return TypedResults.NoContent();
        });

    /// <summary><c>POST pattern-with-{id:guid}</c> → the command made from the id → 202 with its result, pointing at where to follow it.</summary>
    public static RouteHandlerBuilder MapIdAccepted<TResult>(this IEndpointRouteBuilder app, string pattern, Func<Guid, ICommand<TResult>> command,
        Func<Guid, string> follow) =>
        app.MapPost(pattern, async Task<Accepted<TResult>> (Guid id, IMediator mediator, HttpContext http) =>
            TypedResults.Accepted(follow(id), await mediator.Send(command(id), http.RequestAborted)));

    /// <summary><c>GET pattern-with-{id:guid}</c> → the query made from the id → 200 with its result.</summary>
    public static RouteHandlerBuilder MapIdQuery<TResult>(this IEndpointRouteBuilder app, string pattern, Func<Guid, IQuery<TResult>> query) =>
        app.MapGet(pattern, async Task<Ok<TResult>> (Guid id, IMediator mediator, HttpContext http) =>
            TypedResults.Ok(await mediator.Send(query(id), http.RequestAborted)));

    /// <summary><c>GET pattern</c> → the query → 200 with its result.</summary>
    public static RouteHandlerBuilder MapQuery<TResult>(this IEndpointRouteBuilder app, string pattern, Func<IQuery<TResult>> query) =>
        app.MapGet(pattern, async Task<Ok<TResult>> (IMediator mediator, HttpContext http) =>
            TypedResults.Ok(await mediator.Send(query(), http.RequestAborted)));
}
