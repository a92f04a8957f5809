namespace Codeflare.BuildingBlocks.Security;

/// <summary>The permissions of SPEC §2. Roles are sets of these; requests declare the one they need.</summary>
public static class Permission
{
    public const string OwnSessions = "sessions.own";
    public const string OwnFiles = "files.own";
    public const string OwnProfile = "profile.own";
    public const string ReadAudit = "audit.read";
    public const string ManageAnySession = "sessions.any";
    public const string ManageUsers = "users.manage";
    public const string ManageSetup = "setup.manage";

    public static IReadOnlyList<string> All { get; } =
        [OwnSessions, OwnFiles, OwnProfile, ReadAudit, ManageAnySession, ManageUsers, ManageSetup];
}
