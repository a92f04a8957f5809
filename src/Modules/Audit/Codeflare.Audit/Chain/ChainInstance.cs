using Codeflare.BuildingBlocks.Marten;
using Marten;

namespace Codeflare.Audit.Chain;

/// <summary>
/// Whose checkpoints are whose in a bucket several instances may share: named by the database (which an attacker
/// who rewrites rows cannot rename), never by anything stored in it.
/// </summary>
internal sealed class ChainInstance(IDocumentStore store)
{
    private readonly Lazy<string> id = new(() =>
    {
        using var connection = store.Storage.Database.CreateConnection();
        return DatabaseIdentity.Of(connection.ConnectionString);
    });

    public string Id => id.Value;
}
