namespace Codeflare.Setup.Contracts;

/// <summary>GET /api/setup/status: what the first-run wizard still has to do.</summary>
public sealed record SetupStatus(bool AdminExists, bool SetupComplete, IReadOnlyList<SetupStepStatus> Steps);
