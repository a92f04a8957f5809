namespace Codeflare.BuildingBlocks.Auditing;

/// <summary>The module names the audit log shows and filters by: a public contract, never a namespace.</summary>
public static class AuditModules
{
    public const string Identity = "identity";
    public const string Sessions = "sessions";
    public const string Storage = "storage";
    public const string Setup = "setup";
    public const string Security = "security";
    public const string Audit = "audit";

    public static IReadOnlyList<string> All { get; } = [Identity, Sessions, Storage, Setup, Security, Audit];
}
