using Codeflare.BuildingBlocks.Errors;

namespace Codeflare.Storage.Domain;

/// <summary>
/// SPEC §5 quota: the one arithmetic every write of the file API makes, on a <see cref="SpaceUsage"/> read under the
/// user's write lock. What the store would hold for the user after the write (files and parts in flight, plus what
/// the write adds, minus what it replaces) stays within the quota.
/// </summary>
internal static class UploadQuota
{
    public static void CheckFile(SpaceUsage usage, long replacedBytes, long bytes, long quotaBytes) =>
        EnsureWithin(usage.HeldBytes - replacedBytes + bytes, quotaBytes);

    /// <summary>The declared size must fit now; the parts are then checked one by one as they arrive.</summary>
    public static void CheckStart(SpaceUsage usage, long replacedBytes, long declaredBytes, long quotaBytes, int maxOpenUploads)
    {
        if (usage.OpenUploads >= maxOpenUploads)
            throw new LimitReachedException($"You have {usage.OpenUploads} unfinished uploads, the most allowed. Complete or abort one first.");
        EnsureWithin(usage.HeldBytes - replacedBytes + declaredBytes, quotaBytes);
    }

    /// <summary>
    /// A part replaces any earlier part of the same number. The file the upload will replace is not freed here: it
    /// stays in the store beside the parts until completion. A part past the declared size is 413
    /// <c>payload_too_large</c>, like a body past a request limit (the file API's convention for "too many bytes in this
    /// request"), not 400 <c>validation_failed</c>, which is for the request's own shape, checked before any state is read.
    /// </summary>
    public static void CheckPart(SpaceUsage usage, string s3UploadId, long declaredBytes, int number, long bytes, long quotaBytes)
    {
        var parts = usage.PartsOf(s3UploadId);
        var replaced = parts.GetValueOrDefault(number);
        var uploaded = parts.Values.Sum() - replaced + bytes;
        if (uploaded > declaredBytes)
            throw new PayloadTooLargeException($"This part would bring the upload to {uploaded} bytes; it was started for {declaredBytes}.");
        EnsureWithin(usage.HeldBytes - replaced + bytes, quotaBytes);
    }

    /// <summary>The parts, already counted, become the file; only the replaced file's bytes go.</summary>
    public static void CheckCompletion(SpaceUsage usage, long replacedBytes, long quotaBytes) =>
        EnsureWithin(usage.HeldBytes - replacedBytes, quotaBytes);

    private static void EnsureWithin(long heldBytes, long quotaBytes)
    {
        if (heldBytes > quotaBytes) throw new QuotaExceededException(quotaBytes);
    }
}
