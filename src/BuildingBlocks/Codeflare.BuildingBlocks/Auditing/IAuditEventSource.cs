namespace Codeflare.BuildingBlocks.Auditing;

/// <summary>A module's table of its event types as the audit log shows them; registered with <c>AddAuditEvents</c>.</summary>
public interface IAuditEventSource
{
    IEnumerable<AuditEventDescription> Events { get; }
}
