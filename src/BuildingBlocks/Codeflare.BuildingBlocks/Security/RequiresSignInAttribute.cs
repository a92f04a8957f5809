namespace Codeflare.BuildingBlocks.Security;

/// <summary>The request may run for any signed-in actor; it acts on the actor's own data only.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresSignInAttribute : Attribute;
