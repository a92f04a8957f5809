namespace Codeflare.Sessions.Domain;

/// <summary>The owner (or an admin) asked for a container; the runner picks it up after the commit (stage: provisioning).</summary>
internal sealed record SessionStartRequested(Guid SessionId, string Reason, DateTimeOffset RequestedAt);
