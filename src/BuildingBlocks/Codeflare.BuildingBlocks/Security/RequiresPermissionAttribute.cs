namespace Codeflare.BuildingBlocks.Security;

/// <summary>The request may run only for an actor holding <see cref="Permission"/>.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresPermissionAttribute(string permission) : Attribute
{
    public string Permission { get; } = permission;
}
