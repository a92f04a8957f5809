namespace Codeflare.Sessions.Domain;

/// <summary>SPEC §3 start progress.</summary>
internal static class StartStages
{
    public const string Provisioning = "provisioning";
    public const string RestoringFiles = "restoring files";
    public const string StartingTerminals = "starting terminals";
    public const string Ready = "ready";
    public const string Failed = "failed";

    public static int Progress(string? stage) => stage switch
    {
        Provisioning => 10,
        RestoringFiles => 35,
        StartingTerminals => 60,
        Ready => 100,
        _ => 0,
    };
}
