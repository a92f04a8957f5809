using Npgsql;
using Testcontainers.PostgreSql;
using DotNet.Testcontainers.Images;

namespace Codeflare.Testing;

/// <summary>
/// One real PostgreSQL container per test process (image built locally by the test command);
/// every test class gets a database of its own, so classes run in parallel without sharing data.
/// </summary>
public static class PostgresServer
{
    public const string Image = "codeflare/postgres:15";
    private static readonly Lazy<Task<PostgreSqlContainer>> Container = new(StartAsync);

    public static async Task<string> CreateDatabaseAsync()
    {
        var container = await Container.Value;
        var name = "t" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(container.GetConnectionString()))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(container.GetConnectionString()) { Database = name }.ConnectionString;
    }

    private static async Task<PostgreSqlContainer> StartAsync()
    {
        TestEnvironment.Apply();
        var container = new PostgreSqlBuilder(Image)
            .WithImagePullPolicy(PullPolicy.Never)
            .WithCommand("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300")
            .Build();
        await container.StartAsync();
        return ContainerCleanup.RemoveOnExit(container);
    }
}
