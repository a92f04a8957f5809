using Codeflare.BuildingBlocks.Events;

namespace Codeflare.BuildingBlocks.Tests;

public sealed class DenialWindowTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly AccessDenied First = new(Guid.NewGuid(), "users.manage", "GET /api/users", Start);

    [Fact]
    public void A_refusal_within_the_window_repeats_it_and_one_a_window_later_opens_a_new_one()
    {
        // The count and the flush keep a window open while its start is after the cutoff (window_start > cutoff).
        Assert.True(Start > DenialWindow.CutoffFor(Start.AddSeconds(59.999), Minute));
        Assert.False(Start > DenialWindow.CutoffFor(Start.Add(Minute), Minute));
    }

    [Fact]
    public void A_window_without_repeats_needs_no_summary_since_its_first_refusal_was_written_already()
    {
        var window = new ClosedDenialWindow(First, 0, null, null, null);

        Assert.Null(window.Summary());
    }

    [Fact]
    public void The_summary_counts_the_repeats_from_the_first_to_the_last()
    {
        var window = new ClosedDenialWindow(First, 99, Start.AddSeconds(1), Start.AddSeconds(58), null);

        var summary = Assert.IsType<AccessDenied>(window.Summary());

        Assert.Equal(First with { Count = 99, DeniedAt = Start.AddSeconds(1), LastAt = Start.AddSeconds(58) }, summary);
    }

    [Fact]
    public void A_refusal_is_read_back_as_its_own_type_and_nothing_but_a_refusal_is_made_from_a_stored_name()
    {
        Assert.Equal(typeof(AccessDenied), DenialTypes.Find(DenialTypes.NameOf(typeof(AccessDenied))));
        Assert.Null(DenialTypes.Find("System.IO.FileInfo, System.Runtime"));
        Assert.Null(DenialTypes.Find("No.Such.Type, Nowhere"));
    }
}
