using Codeflare.BuildingBlocks.Errors;

namespace Codeflare.Storage.Domain;

internal sealed class PayloadTooLargeException(string message) : DomainException("payload_too_large", 413, message);
