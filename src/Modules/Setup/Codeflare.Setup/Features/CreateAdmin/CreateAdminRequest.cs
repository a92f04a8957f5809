namespace Codeflare.Setup.Features.CreateAdmin;

internal sealed record CreateAdminRequest(string SetupCode, string Email, string Password);
