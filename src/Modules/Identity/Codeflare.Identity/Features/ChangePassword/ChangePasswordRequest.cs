namespace Codeflare.Identity.Features.ChangePassword;

internal sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);
