namespace Codeflare.Sessions.Domain;

/// <summary>SPEC §3: why a session left <c>running</c>. Errors are <c>error: …</c> messages on failures instead.</summary>
internal static class StopReasons
{
    public const string User = "user";
    public const string Idle = "idle";
    public const string Admin = "admin";
    public const string UserDisabled = "user_disabled";
    public const string ContainerExited = "container_exited";
    public const string HostRestart = "host_restart";

    public static readonly IReadOnlyList<string> All = [User, Idle, Admin, UserDisabled, ContainerExited, HostRestart];
}
