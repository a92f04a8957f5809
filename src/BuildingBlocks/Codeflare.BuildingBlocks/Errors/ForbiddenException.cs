namespace Codeflare.BuildingBlocks.Errors;

public sealed class ForbiddenException(string message) : DomainException("forbidden", 403, message);
