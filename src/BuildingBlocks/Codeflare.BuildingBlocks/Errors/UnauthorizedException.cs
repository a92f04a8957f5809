namespace Codeflare.BuildingBlocks.Errors;

public sealed class UnauthorizedException(string message = "Sign in first.")
    : DomainException("unauthorized", 401, message);
