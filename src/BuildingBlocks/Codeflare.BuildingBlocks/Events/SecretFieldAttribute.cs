namespace Codeflare.BuildingBlocks.Events;

/// <summary>
/// An event field whose value the audit log never shows: it renders as "changed" (SPEC §7).
/// Put it on the property (<c>[property: SecretField]</c> in positional records).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretFieldAttribute : Attribute;
