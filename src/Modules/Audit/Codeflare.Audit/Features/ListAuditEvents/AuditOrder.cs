namespace Codeflare.Audit.Features.ListAuditEvents;

internal enum AuditOrder
{
    Newest,
    Oldest,
}
