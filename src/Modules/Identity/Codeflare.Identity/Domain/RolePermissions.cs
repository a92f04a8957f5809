using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Contracts;

namespace Codeflare.Identity.Domain;

/// <summary>The role × permission table of SPEC §2.</summary>
internal static class RolePermissions
{
    private static readonly Dictionary<string, string[]> Table = new()
    {
        [RoleNames.Developer] = [Permission.OwnSessions, Permission.OwnFiles, Permission.OwnProfile],
        [RoleNames.Auditor] = [Permission.OwnProfile, Permission.ReadAudit],
        [RoleNames.Admin] =
        [
            Permission.OwnSessions, Permission.OwnFiles, Permission.OwnProfile, Permission.ReadAudit,
            Permission.ManageAnySession, Permission.ManageUsers, Permission.ManageSetup,
        ],
    };

    public static IReadOnlyList<string> Of(IEnumerable<string> roles) =>
        roles.SelectMany(role => Table.GetValueOrDefault(role, [])).Distinct().Order(StringComparer.Ordinal).ToList();
}
