namespace Codeflare.BuildingBlocks.Events;

/// <summary>
/// The module the audit names for an event type whose class moved to another module: stored events and auditors'
/// filters keep the name they had (the workspace sync's events moved from Sessions to Storage).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditModuleAttribute(string module) : Attribute
{
    public string Module { get; } = module;
}
