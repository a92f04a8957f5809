namespace Codeflare.Identity.Features.SignIn;

internal sealed record SignInRequest(string Email, string Password);
