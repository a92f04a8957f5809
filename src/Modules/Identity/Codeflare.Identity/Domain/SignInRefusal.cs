namespace Codeflare.Identity.Domain;

/// <summary>Why a sign-in was refused, as recorded in <see cref="SignInFailed"/>.</summary>
internal static class SignInRefusal
{
    public const string UnknownEmail = "unknown_email";
    public const string WrongPassword = "wrong_password";
    public const string Disabled = "disabled";
    public const string Locked = "locked";
}
