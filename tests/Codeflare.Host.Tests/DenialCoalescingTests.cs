using System.Net;
using Microsoft.AspNetCore.SignalR;

namespace Codeflare.Host.Tests;

/// <summary>Issue 12: repeated refusals are counted, not written one by one, and none is lost.</summary>
public sealed class DenialCoalescingTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    private static Dictionary<string, string?> Settings(TimeSpan? flushInterval = null, TimeSpan? window = null) => new()
    {
        ["Audit:DenialWindow"] = (window ?? Window).ToString("c"),
        ["Audit:DenialFlushInterval"] = (flushInterval ?? TimeSpan.FromMilliseconds(250)).ToString("c"),
    };

    [Fact]
    public async Task A_hundred_refusals_within_the_window_are_a_few_events_whose_counts_add_up_to_a_hundred()
    {
        await using var host = await FreshHost.StartAsync(Settings());
        var (admin, _) = await host.FirstAdminAsync();
        var (developer, developerId) = await host.InvitedAsync(admin, "dev@example.com", "developer");

        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => RequestAsync(developer, "/api/users", times: 10)));

        Assert.All(statuses.SelectMany(codes => codes), code => Assert.Equal(HttpStatusCode.Forbidden, code));
        var denials = await DenialLog.EventuallyAsync(() => DenialLog.AccessDeniedAsync(host.ConnectionString), all => all.Sum(denial => denial.Count) >= 100);
        Assert.Equal(100, denials.Sum(denial => denial.Count));
        Assert.InRange(denials.Count, 2, 10);
        Assert.Equal((1, null), (denials[0].Count, denials[0].LastAt));
        Assert.Contains(denials, denial => denial.Count > 1 && denial.LastAt >= denial.DeniedAt);
        Assert.All(denials, denial => Assert.Equal((developerId.ToString(), "users.manage"), (denial.Actor, denial.Permission)));
    }

    [Fact]
    public async Task Refusals_of_different_callers_or_targets_are_counted_apart()
    {
        await using var host = await FreshHost.StartAsync(Settings());
        var (admin, _) = await host.FirstAdminAsync();
        var (ann, annId) = await host.InvitedAsync(admin, "ann@example.com", "developer");
        var (bob, bobId) = await host.InvitedAsync(admin, "bob@example.com", "developer");

        await Task.WhenAll(RequestAsync(ann, "/api/users", times: 3), RequestAsync(ann, "/api/audit", times: 2), RequestAsync(bob, "/api/users", times: 3));

        var denials = await DenialLog.EventuallyAsync(() => DenialLog.AccessDeniedAsync(host.ConnectionString), all => all.Sum(denial => denial.Count) >= 8);
        var counted = denials.GroupBy(denial => (denial.Actor, denial.Permission)).ToDictionary(group => group.Key, group => group.Sum(denial => denial.Count));
        Assert.Equal(new Dictionary<(string, string), int>
        {
            [(annId.ToString(), "users.manage")] = 3,
            [(annId.ToString(), "audit.read")] = 2,
            [(bobId.ToString(), "users.manage")] = 3,
        }, counted);
        Assert.True(denials.Count(denial => denial.LastAt is null) >= 3, "each caller and target opens a window of its own");
    }

    [Fact]
    public async Task A_refusal_after_the_window_opens_a_new_one_even_when_no_flush_closed_the_old_one()
    {
        await using var host = await FreshHost.StartAsync(Settings(flushInterval: TimeSpan.FromHours(1)));
        var (admin, _) = await host.FirstAdminAsync();
        var (developer, _) = await host.InvitedAsync(admin, "dev@example.com", "developer");
        await RequestAsync(developer, "/api/users", times: 2);
        var started = Assert.Single(await DenialLog.OpenWindowsAsync(host.ConnectionString));
        await DenialLog.EventuallyAsync(() => Task.FromResult(DateTimeOffset.UtcNow), now => now > started + Window);

        await RequestAsync(developer, "/api/users", times: 1);

        var denials = await DenialLog.AccessDeniedAsync(host.ConnectionString);
        Assert.Equal([(1, false), (1, true), (1, false)], denials.Select(denial => (denial.Count, denial.LastAt is not null)));
        Assert.True(denials[2].DeniedAt > denials[1].DeniedAt);
        Assert.True(Assert.Single(await DenialLog.OpenWindowsAsync(host.ConnectionString)) > started + Window);
    }

    [Fact]
    public async Task Two_hosts_on_one_database_count_into_one_window_and_write_its_repeats_once()
    {
        var settings = Settings(window: TimeSpan.FromSeconds(5));
        await using var first = await FreshHost.StartAsync(settings);
        var (admin, _) = await first.FirstAdminAsync();
        var (developer, _) = await first.InvitedAsync(admin, "dev@example.com", "developer");
        var token = await developer.CreateTokenAsync("sessions.own");
        // One async daemon per database is enough; the windows do not need it.
        await using var second = FreshHost.StartOn(first.ConnectionString, new Dictionary<string, string?>(settings) { ["EventStore:DaemonMode"] = "Disabled" });
        using var onFirst = first.WithToken(token);
        using var onSecond = second.WithToken(token);

        await Task.WhenAll(RequestAsync(onFirst, "/api/users", times: 20), RequestAsync(onSecond, "/api/users", times: 20));

        await DenialLog.EventuallyAsync(() => DenialLog.OpenWindowsAsync(first.ConnectionString), open => open.Count == 0);
        var denials = await DenialLog.AccessDeniedAsync(first.ConnectionString);
        Assert.Equal(40, denials.Sum(denial => denial.Count));
        Assert.Equal(2, denials.Count);
    }

    [Fact]
    public async Task Repeated_hub_refusals_are_counted_in_a_window_too()
    {
        await using var host = await FreshHost.StartAsync(Settings());
        var (admin, _) = await host.FirstAdminAsync();
        var (developer, _) = await host.InvitedAsync(admin, "dev@example.com", "developer");
        await using var terminal = await TerminalClient.ConnectAsync(host, await developer.CreateTokenAsync("sessions.own"));
        var nowhere = Guid.NewGuid().ToString();

        for (var i = 0; i < 20; i++) await Assert.ThrowsAsync<HubException>(() => terminal.ResizeAsync(nowhere, 80, 24));

        var refusals = await DenialLog.EventuallyAsync(() => DenialLog.TerminalCallRefusedAsync(host.ConnectionString), all => all.Sum(refusal => refusal.Count) >= 20);
        Assert.Equal(20, refusals.Sum(refusal => refusal.Count));
        Assert.InRange(refusals.Count, 2, 10);
        Assert.All(refusals, refusal => Assert.Equal(("Resize", "No such session."), (refusal.Method, refusal.Reason)));
    }

    private static async Task<List<HttpStatusCode>> RequestAsync(HttpClient client, string path, int times)
    {
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            using var response = await client.GetAsync(path);
            codes.Add(response.StatusCode);
        }
        return codes;
    }
}
