using Codeflare.BuildingBlocks.Events;

namespace Codeflare.Sessions.Domain;

/// <summary>
/// A hub call that was refused (someone else's session, a bad tab or size, too much input): audited, never silent.
/// <c>Count</c> is 1 for a refusal written at once; a summary of repeats within the denial window has their number,
/// <c>RefusedAt</c> the first and <c>LastAt</c> the last.
/// </summary>
internal sealed record TerminalCallRefused(
    Guid SessionId, int Tab, string Method, string Reason, DateTimeOffset RefusedAt, int Count = 1, DateTimeOffset? LastAt = null) : IDenial
{
    string IDenial.Target => $"{Method} {SessionId:N}/{Tab}";
    DateTimeOffset IDenial.At => RefusedAt;

    public IDenial Repeated(int count, DateTimeOffset firstAt, DateTimeOffset lastAt) =>
        this with { Count = count, RefusedAt = firstAt, LastAt = lastAt };
}
