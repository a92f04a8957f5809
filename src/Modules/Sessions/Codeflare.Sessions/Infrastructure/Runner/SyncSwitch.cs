namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>Section <c>Sessions:Sync</c>, as far as the runner cares: whether to ask for a restore and a final sync (the Storage module owns the rest).</summary>
internal sealed class SyncSwitch
{
    public bool Enabled { get; set; } = true;
}
