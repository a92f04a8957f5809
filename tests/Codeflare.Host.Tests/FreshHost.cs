using Codeflare.Testing;

namespace Codeflare.Host.Tests;

/// <summary>A host on a database of its own, started on first use.</summary>
internal sealed class FreshHost : IAsyncDisposable
{
    private FreshHost(string connectionString, CodeflareFactory factory)
    {
        ConnectionString = connectionString;
        Factory = factory;
    }

    public string ConnectionString { get; }
    public CodeflareFactory Factory { get; }

    public static async Task<FreshHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        return StartOn(connectionString, settings, services);
    }

    /// <summary>Another host on an existing database: a restart, or a second host of the same instance.</summary>
    public static FreshHost StartOn(string connectionString, IReadOnlyDictionary<string, string?>? settings = null,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var factory = new CodeflareFactory(connectionString, settings, services);
        factory.StartServer();
        return new FreshHost(connectionString, factory);
    }

    public Task<long> EventCountAsync(string? type = null) => EventCounter.CountAsync(ConnectionString, type);

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
