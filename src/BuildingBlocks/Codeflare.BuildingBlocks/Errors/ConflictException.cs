namespace Codeflare.BuildingBlocks.Errors;

public sealed class ConflictException(string message) : DomainException("conflict", 409, message);
