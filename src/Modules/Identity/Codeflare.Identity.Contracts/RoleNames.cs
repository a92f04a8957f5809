namespace Codeflare.Identity.Contracts;

/// <summary>The roles of SPEC §2; a user may hold several.</summary>
public static class RoleNames
{
    public const string Developer = "developer";
    public const string Auditor = "auditor";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Developer, Auditor, Admin];
}
