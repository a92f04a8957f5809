using Codeflare.BuildingBlocks.Marten;

namespace Codeflare.Sessions.Infrastructure.Runner;

/// <summary>
/// Which containers on a shared engine are this instance's: hosts of one instance share a database, so the id
/// is derived from it (or set explicitly). Reconciliation only ever touches containers carrying this id.
/// </summary>
internal sealed class InstanceIdentity(string id)
{
    public string Id { get; } = id;

    public static InstanceIdentity From(RunnerOptions options, string connectionString) =>
        new(string.IsNullOrWhiteSpace(options.InstanceId) ? DatabaseIdentity.Of(connectionString) : options.InstanceId);
}
