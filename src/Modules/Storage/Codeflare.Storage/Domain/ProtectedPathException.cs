using Codeflare.BuildingBlocks.Errors;

namespace Codeflare.Storage.Domain;

internal sealed class ProtectedPathException(string path) : DomainException("protected_path", 403, $"'{path}' holds credentials: it cannot be deleted or overwritten from the file browser.");
