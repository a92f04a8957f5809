namespace Codeflare.BuildingBlocks.Auditing;

/// <summary>Whom and what an event is about: the target user (their account, sessions, files, tokens) and the session.</summary>
public sealed record AuditSubject(Guid? User, Guid? Session)
{
    public static readonly AuditSubject None = new(null, null);
}
