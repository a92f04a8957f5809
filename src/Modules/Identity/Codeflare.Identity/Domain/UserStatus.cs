namespace Codeflare.Identity.Domain;

internal enum UserStatus
{
    Enabled,
    Disabled,
    Deleted,
}
