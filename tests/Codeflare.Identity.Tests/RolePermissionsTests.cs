using Codeflare.BuildingBlocks.Security;
using Codeflare.Identity.Contracts;
using Codeflare.Identity.Domain;

namespace Codeflare.Identity.Tests;

/// <summary>SPEC §2's role × permission table, row by row.</summary>
public sealed class RolePermissionsTests
{
    [Fact]
    public void A_developer_works_with_their_own_sessions_files_and_profile() =>
        Assert.Equal([Permission.OwnFiles, Permission.OwnProfile, Permission.OwnSessions], RolePermissions.Of([RoleNames.Developer]));

    [Fact]
    public void An_auditor_reads_the_audit_log_and_keeps_their_profile() =>
        Assert.Equal([Permission.ReadAudit, Permission.OwnProfile], RolePermissions.Of([RoleNames.Auditor]));

    [Fact]
    public void An_admin_holds_every_permission() =>
        Assert.Equal(Permission.All.Order(StringComparer.Ordinal), RolePermissions.Of([RoleNames.Admin]));

    [Fact]
    public void Several_roles_add_up_without_duplicates() =>
        Assert.Equal([Permission.ReadAudit, Permission.OwnFiles, Permission.OwnProfile, Permission.OwnSessions],
            RolePermissions.Of([RoleNames.Developer, RoleNames.Auditor]));

    [Fact]
    public void An_unknown_role_grants_nothing() => Assert.Empty(RolePermissions.Of(["root"]));
}
