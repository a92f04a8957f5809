using Codeflare.BuildingBlocks.Auditing;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Audit.ReadModel;

/// <summary>Names as the directory knew them at one event: what summaries say instead of ids.</summary>
internal sealed class AuditNames(AuditDirectory directory, string actor) : IAuditNames
{
    public string Actor => actor switch
    {
        RequestContext.SystemActor => "The system",
        RequestContext.AnonymousActor => "Someone not signed in",
        _ => Guid.TryParse(actor, out var id) ? User(id) : actor,
    };

    public string User(Guid? userId) => userId is { } id ? directory.EmailOf(id) ?? $"user {id.ToString()[..8]}" : "nobody";

    public string Session(Guid sessionId) =>
        directory.SessionOf(sessionId)?.Name is { } name ? $"'{name}'" : $"{sessionId.ToString()[..8]}";

    public string? Tier(Guid sessionId) => directory.SessionOf(sessionId)?.Tier;
}
