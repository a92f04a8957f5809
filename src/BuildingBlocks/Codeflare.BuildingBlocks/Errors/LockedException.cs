namespace Codeflare.BuildingBlocks.Errors;

public sealed class LockedException(string message) : DomainException("locked", 423, message);
