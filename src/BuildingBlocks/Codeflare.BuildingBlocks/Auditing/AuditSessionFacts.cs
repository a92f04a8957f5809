namespace Codeflare.BuildingBlocks.Auditing;

/// <summary>
/// What an event changes in the auditors' session directory. Only the named parts change: a rename carries a
/// name, a start a state, a creation everything.
/// </summary>
public sealed record AuditSessionFacts(Guid SessionId, string? State = null)
{
    public Guid? OwnerId { get; init; }
    public string? Name { get; init; }
    public string? Agent { get; init; }
    public string? Tier { get; init; }
    public bool Deleted { get; init; }
}
