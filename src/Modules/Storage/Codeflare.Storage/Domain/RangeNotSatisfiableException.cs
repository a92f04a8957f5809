using Codeflare.BuildingBlocks.Errors;

namespace Codeflare.Storage.Domain;

internal sealed class RangeNotSatisfiableException(string path)
    : DomainException("range_not_satisfiable", 416, $"The requested range is outside '{path}'.");
