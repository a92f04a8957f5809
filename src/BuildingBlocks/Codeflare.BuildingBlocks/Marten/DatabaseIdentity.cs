using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Codeflare.BuildingBlocks.Marten;

/// <summary>
/// A short, stable name for the database an instance's hosts share (host, port and database, never credentials):
/// what tells one instance's containers and checkpoints from another's on a shared engine or bucket.
/// </summary>
public static class DatabaseIdentity
{
    public static string Of(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = $"{builder.Host}:{builder.Port}/{builder.Database}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(database)))[..16];
    }
}
