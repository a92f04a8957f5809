using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Codeflare.Setup.Features.CreateAdmin;

internal static class CreateAdminEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/setup/admin", async Task<Created<CreatedAdmin>> (CreateAdminRequest request, IMediator mediator, HttpContext http) =>
        {
            var id = await mediator.Send(new CreateAdminCommand(request.SetupCode, request.Email, request.Password), http.RequestAborted);
            return TypedResults.Created($"/api/users/{id}", new CreatedAdmin(id));
        })
        .AllowAnonymous()
        .WithTags("Setup");
}
