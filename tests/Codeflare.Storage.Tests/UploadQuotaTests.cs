using Codeflare.BuildingBlocks.Errors;
using Codeflare.Storage.Domain;

namespace Codeflare.Storage.Tests;

public sealed class UploadQuotaTests
{
    private const long Quota = 1000;

    private static SpaceUsage Holding(long stored, int open = 0, params (string Upload, int Number, long Bytes)[] parts) =>
        new(stored, parts.GroupBy(part => part.Upload)
            .Select(upload => new UploadParts(upload.Key, upload.ToDictionary(part => part.Number, part => part.Bytes))).ToList(), open);

    [Fact]
    public void A_file_that_fits_beside_stored_files_and_parts_in_flight_is_allowed() =>
        UploadQuota.CheckFile(Holding(400, 1, ("u1", 1, 300)), replacedBytes: 0, bytes: 300, Quota);

    [Fact]
    public void Parts_in_flight_count_against_a_file() =>
        Assert.Throws<QuotaExceededException>(() => UploadQuota.CheckFile(Holding(400, 1, ("u1", 1, 300)), 0, 301, Quota));

    [Fact]
    public void A_replaced_file_frees_its_bytes() => UploadQuota.CheckFile(Holding(900), replacedBytes: 900, bytes: 1000, Quota);

    [Fact]
    public void A_start_is_checked_against_its_declared_size() =>
        Assert.Throws<QuotaExceededException>(() => UploadQuota.CheckStart(Holding(500, 1, ("u1", 1, 200)), 0, 301, Quota, maxOpenUploads: 20));

    [Fact]
    public void A_start_past_the_open_upload_limit_is_limit_reached() =>
        Assert.Throws<LimitReachedException>(() => UploadQuota.CheckStart(Holding(0, open: 20), 0, 1, Quota, maxOpenUploads: 20));

    [Fact]
    public void A_part_that_crosses_the_quota_with_another_uploads_parts_is_refused() =>
        Assert.Throws<QuotaExceededException>(() =>
            UploadQuota.CheckPart(Holding(0, 2, ("u1", 1, 600)), "u2", declaredBytes: 600, number: 1, bytes: 600, Quota));

    [Fact]
    public void A_part_past_the_declared_size_is_payload_too_large_even_with_room_in_the_quota() =>
        Assert.Throws<PayloadTooLargeException>(() =>
            UploadQuota.CheckPart(Holding(0, 1, ("u1", 1, 60)), "u1", declaredBytes: 100, number: 2, bytes: 41, Quota));

    [Fact]
    public void A_part_sent_again_replaces_the_earlier_one_in_both_sums()
    {
        var usage = Holding(300, 1, ("u1", 1, 100), ("u1", 2, 600));

        UploadQuota.CheckPart(usage, "u1", declaredBytes: 700, number: 2, bytes: 600, Quota);
        Assert.Throws<PayloadTooLargeException>(() => UploadQuota.CheckPart(usage, "u1", 700, 2, 601, Quota));
    }

    [Fact]
    public void The_file_an_upload_replaces_is_not_freed_before_completion() =>
        Assert.Throws<QuotaExceededException>(() => UploadQuota.CheckPart(Holding(900, 1), "u1", declaredBytes: 900, number: 1, bytes: 900, Quota));

    [Fact]
    public void Completion_counts_the_parts_once_and_frees_the_replaced_file()
    {
        UploadQuota.CheckCompletion(Holding(900, 1, ("u1", 1, 900)), replacedBytes: 900, Quota);
        Assert.Throws<QuotaExceededException>(() => UploadQuota.CheckCompletion(Holding(900, 1, ("u1", 1, 900)), replacedBytes: 0, Quota));
    }

    [Fact]
    public void Exactly_the_quota_is_allowed() => UploadQuota.CheckFile(Holding(999), 0, 1, Quota);
}
