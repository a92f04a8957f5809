using Codeflare.BuildingBlocks.Errors;

namespace Codeflare.Storage.Domain;

internal sealed class QuotaExceededException(long quotaBytes) : DomainException("quota_exceeded", 413, $"This would exceed your storage quota of {quotaBytes} bytes. Delete files first.");
