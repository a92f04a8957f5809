namespace Codeflare.BuildingBlocks.Security;

/// <summary>The request may only be sent by the host itself (start-up and background jobs), never on behalf of a caller.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SystemOnlyRequestAttribute : Attribute;
