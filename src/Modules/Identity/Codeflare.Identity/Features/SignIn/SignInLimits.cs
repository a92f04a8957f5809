namespace Codeflare.Identity.Features.SignIn;

/// <summary>Section <c>RateLimits:SignIn</c>.</summary>
internal sealed class SignInLimits
{
    public int PerAccountPerMinute { get; set; } = 10;
    public int PerIpPerMinute { get; set; } = 30;
}
