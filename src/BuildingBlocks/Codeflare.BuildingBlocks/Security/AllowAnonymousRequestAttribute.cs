namespace Codeflare.BuildingBlocks.Security;

/// <summary>
/// The request may run without a signed-in actor (sign-in, setup with its code, internal look-ups).
/// Its handler is responsible for whatever proof it needs.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnonymousRequestAttribute : Attribute;
