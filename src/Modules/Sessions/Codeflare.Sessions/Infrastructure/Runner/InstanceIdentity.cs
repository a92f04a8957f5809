using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>
/// Which containers on a shared engine are this instance's: hosts of one instance share a database, so the id
/// is derived from it (or set explicitly). Reconciliation only ever touches containers carrying this id.
/// </summary>
internal sealed class InstanceIdentity(string id)
{
    public string Id { get; } = id;

    public static InstanceIdentity From(RunnerOptions options, string connectionString)
    {
        if (!string.IsNullOrWhiteSpace(options.InstanceId)) return new InstanceIdentity(options.InstanceId);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = $"{builder.Host}:{builder.Port}/{builder.Database}";
        return new InstanceIdentity(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(database)))[..16]);
    }
}
