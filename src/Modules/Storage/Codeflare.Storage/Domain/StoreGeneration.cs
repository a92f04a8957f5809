namespace Codeflare.Storage.Domain;

/// <summary>
/// A token that changes with every write to a user's files (file API and sync alike), so a sync that kept its view of
/// the store can tell it is still current without listing the bucket (a Marten document keyed by the user's id).
/// </summary>
internal sealed record StoreGeneration(Guid Id, Guid Token)
{
    public static StoreGeneration Next(Guid userId) => new(userId, Guid.NewGuid());
}
