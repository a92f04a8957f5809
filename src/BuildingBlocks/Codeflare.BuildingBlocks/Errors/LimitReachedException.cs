namespace Codeflare.BuildingBlocks.Errors;

public sealed class LimitReachedException(string message) : DomainException("limit_reached", 409, message);
