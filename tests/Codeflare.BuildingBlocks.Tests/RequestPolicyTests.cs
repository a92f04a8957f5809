using Codeflare.BuildingBlocks.Pipeline;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.BuildingBlocks.Tests;

public sealed class RequestPolicyTests
{
    [RequiresPermission(Permission.ReadAudit)] private sealed record NeedsAudit;
    [RequiresSignIn] private sealed record NeedsSignIn;
    [AllowAnonymousRequest] private sealed record Anonymous;
    [SystemOnlyRequest] private sealed record SystemOnly;
    private sealed record Undeclared;
    [AllowAnonymousRequest, RequiresSignIn] private sealed record Ambiguous;

    [Fact]
    public void Each_declaration_reads_as_its_policy()
    {
        Assert.Equal(new RequestPolicy(false, false, Permission.ReadAudit), RequestPolicy.For(typeof(NeedsAudit)));
        Assert.Equal(new RequestPolicy(false, false, null), RequestPolicy.For(typeof(NeedsSignIn)));
        Assert.Equal(new RequestPolicy(true, false, null), RequestPolicy.For(typeof(Anonymous)));
        Assert.Equal(new RequestPolicy(false, true, null), RequestPolicy.For(typeof(SystemOnly)));
    }

    [Fact]
    public void A_request_without_a_declaration_is_refused_rather_than_left_open() =>
        Assert.Throws<InvalidOperationException>(() => RequestPolicy.For(typeof(Undeclared)));

    [Fact]
    public void A_request_with_two_declarations_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => RequestPolicy.For(typeof(Ambiguous)));
}
