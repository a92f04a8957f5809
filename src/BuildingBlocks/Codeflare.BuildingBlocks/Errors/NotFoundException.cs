namespace Codeflare.BuildingBlocks.Errors;

public sealed class NotFoundException(string what, object id)
    : DomainException("not_found", 404, $"The {what} '{id}' does not exist.");
