using System.Security.Claims;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Contracts;

/// <summary>Claim types of a Codeflare sign-in cookie.</summary>
public static class IdentityClaims
{
    public const string UserId = "sub";
    public const string SecurityStamp = "stamp";
    public const string Permission = "perm";

    /// <summary>A validated principal becomes the context's actor and permissions (HTTP requests and hub calls alike).</summary>
    public static void SignInFrom(this RequestContext context, ClaimsPrincipal? user)
    {
        if (user?.FindFirst(UserId)?.Value is { } id && Guid.TryParse(id, out var userId))
            context.SignIn(userId, user.FindAll(Permission).Select(claim => claim.Value));
    }
}
