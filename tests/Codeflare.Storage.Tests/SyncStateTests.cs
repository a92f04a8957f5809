using Codeflare.Storage.WorkspaceSync;

namespace Codeflare.Storage.Tests;

public sealed class SyncStateTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    [Fact]
    public void Failures_retry_after_the_first_wait_doubling_up_to_the_period()
    {
        var state = SyncState.New(Guid.NewGuid());
        var waits = new List<TimeSpan>();
        for (var failure = 0; failure < 6; failure++)
        {
            state = state.Failed("boom", Now, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60));
            waits.Add(state.NextAttemptAt!.Value - Now);
        }

        Assert.Equal([5, 10, 20, 40, 60, 60], waits.Select(wait => wait.TotalSeconds));
    }

    [Fact]
    public void A_success_clears_the_error_and_the_failures()
    {
        var state = SyncState.New(Guid.NewGuid()).Failed("boom", Now, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60)).Succeeded(Now, 12, Now.AddMinutes(1));

        Assert.Null(state.Error);
        Assert.Equal(0, state.Failures);
        Assert.Equal(12, state.LastDurationMs);
    }
}
