using Codeflare.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace Codeflare.Identity.Features.InviteUser;

internal static class InviteUserEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/users/invitations", async Task<Created<InvitationCreated>> (
                InviteUserRequest request, IMediator mediator, IConfiguration configuration, HttpContext http) =>
            {
                var issued = await mediator.Send(new InviteUserCommand(request.Email, request.Roles ?? []), http.RequestAborted);
                var baseUrl = configuration["PublicUrl"]?.TrimEnd('/') ?? $"{http.Request.Scheme}://{http.Request.Host}";
                // The token travels in the fragment, so it never reaches a server log or a Referer header.
                var acceptUrl = $"{baseUrl}/invite#{issued.Token}";
                return TypedResults.Created($"/api/users/invitations/{issued.Id}", new InvitationCreated(issued.Id, acceptUrl, issued.ExpiresAt));
            })
            .RequireAuthorization(Permission.ManageUsers).WithTags("Users");
}
