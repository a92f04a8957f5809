namespace Codeflare.Sessions.Domain;

/// <summary>SPEC §3 start progress; <c>restoring files</c> joins when workspace sync arrives (issue 7).</summary>
internal static class StartStages
{
    public const string Provisioning = "provisioning";
    public const string StartingTerminals = "starting terminals";
    public const string Ready = "ready";
    public const string Failed = "failed";

    public static int Progress(string? stage) => stage switch
    {
        Provisioning => 10,
        StartingTerminals => 60,
        Ready => 100,
        _ => 0,
    };
}
