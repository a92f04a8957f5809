using Codeflare.BuildingBlocks.Events;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.BuildingBlocks.Tests;

public sealed class DenialKeyTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Alice = Guid.NewGuid();

    [Fact]
    public void The_same_caller_reason_and_target_make_the_same_key_at_any_time()
    {
        var first = DenialKey.For(SignedIn(Alice), Denied("users.manage", "GET /api/users"));
        var later = DenialKey.For(SignedIn(Alice), Denied("users.manage", "GET /api/users") with { DeniedAt = At.AddHours(1) });

        Assert.Equal(first, later);
    }

    [Fact]
    public void Another_caller_reason_or_target_makes_another_key()
    {
        var keys = new[]
        {
            DenialKey.For(SignedIn(Alice), Denied("users.manage", "GET /api/users")),
            DenialKey.For(SignedIn(Guid.NewGuid()), Denied("users.manage", "GET /api/users")),
            DenialKey.For(SignedIn(Alice), Denied("audit.read", "GET /api/users")),
            DenialKey.For(SignedIn(Alice), Denied("users.manage", "GET /api/audit")),
        };

        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void A_signed_in_caller_is_its_user_from_any_address_and_an_anonymous_one_its_address()
    {
        var aliceAtHome = SignedIn(Alice, "10.0.0.1");
        var aliceAtWork = SignedIn(Alice, "10.0.0.2");

        Assert.Equal(DenialKey.CallerOf(aliceAtHome), DenialKey.CallerOf(aliceAtWork));
        Assert.Equal("ip:10.0.0.1", DenialKey.CallerOf(new RequestContext { ClientIp = "10.0.0.1" }));
        Assert.NotEqual(DenialKey.CallerOf(new RequestContext { ClientIp = "10.0.0.1" }), DenialKey.CallerOf(new RequestContext { ClientIp = "10.0.0.2" }));
        Assert.Equal("anonymous", DenialKey.CallerOf(new RequestContext()));
    }

    [Fact]
    public void A_reason_cannot_run_into_the_target_to_pass_for_another_key()
    {
        var one = DenialKey.For(SignedIn(Alice), Denied("a:b", "c"));
        var other = DenialKey.For(SignedIn(Alice), Denied("a", "b:c"));

        Assert.NotEqual(one, other);
    }

    [Fact]
    public void Refusals_of_different_types_never_share_a_window()
    {
        var denied = DenialKey.For(SignedIn(Alice), Denied("x", "y"));
        var refused = DenialKey.For(SignedIn(Alice), new OtherDenial("x", "y", At));

        Assert.NotEqual(denied, refused);
    }

    [Fact]
    public void A_key_is_short_whatever_the_target_holds()
    {
        var key = DenialKey.For(SignedIn(Alice), Denied("allowed-origin", "GET /hubs/terminal from " + new string('x', 10_000)));

        Assert.Equal(64, key.Length);
    }

    private static AccessDenied Denied(string permission, string request) => new(Alice, permission, request, At);

    private static RequestContext SignedIn(Guid userId, string? clientIp = null)
    {
        var context = new RequestContext { ClientIp = clientIp };
        context.SignIn(userId, [Permission.OwnSessions]);
        return context;
    }
}
