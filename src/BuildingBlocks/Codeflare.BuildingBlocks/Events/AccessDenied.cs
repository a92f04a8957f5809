namespace Codeflare.BuildingBlocks.Events;

/// <summary>
/// An actor asked for something its permissions do not allow. <c>Count</c> is 1 for a refusal written at once; a
/// summary of repeats within the denial window has their number, <c>DeniedAt</c> the first and <c>LastAt</c> the last.
/// </summary>
public sealed record AccessDenied(Guid? UserId, string Permission, string Request, DateTimeOffset DeniedAt, int Count = 1, DateTimeOffset? LastAt = null)
    : IDenial
{
    string IDenial.Reason => Permission;
    string IDenial.Target => Request;
    DateTimeOffset IDenial.At => DeniedAt;

    public IDenial Repeated(int count, DateTimeOffset firstAt, DateTimeOffset lastAt) =>
        this with { Count = count, DeniedAt = firstAt, LastAt = lastAt };
}
