using Codeflare.Testing;
using Marten;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Codeflare.Host.Tests;

public sealed class DurableDeliveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_event_committed_while_no_daemon_ran_is_delivered_after_restart_exactly_once_in_effect()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        Guid adminId;
        await using (var down = Start(connectionString, daemonMode: "Disabled"))
        {
            var created = await down.CreateClient().CreateAdminAsync(down.SetupCode);
            adminId = Guid.Parse((await created.JsonAsync()).GetProperty("id").GetString()!);
            await Task.Delay(500);
            Assert.Null(await CountAsync(down, adminId));
        }

        await using (var up = Start(connectionString, daemonMode: "Solo"))
        {
            Assert.Equal(1, await EventuallyAsync(() => CountAsync(up, adminId), count => count == 1));
        }

        var lastSequence = await EventCounter.LastSequenceAsync(connectionString);
        await RewindSubscriptionAsync(connectionString);
        await using var replaying = Start(connectionString, daemonMode: "Solo");
        Assert.Equal(lastSequence, await EventuallyAsync(() => SubscriptionPositionAsync(connectionString), position => position >= lastSequence));
        Assert.Equal(1, await CountAsync(replaying, adminId));
    }

    private static CodeflareFactory Start(string connectionString, string daemonMode)
    {
        var factory = new CodeflareFactory(connectionString,
            new Dictionary<string, string?> { ["EventStore:DaemonMode"] = daemonMode },
            services => services.AddScoped<INotificationHandler<Identity.Contracts.UserRegisteredIntegrationEvent>, CountingUserRegisteredHandler>());
        factory.StartServer();
        return factory;
    }

    private static async Task<int?> CountAsync(CodeflareFactory factory, Guid userId)
    {
        await using var querySession = factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await querySession.LoadAsync<DeliveryCount>(userId))?.Count;
    }

    private static async Task RewindSubscriptionAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // Forgetting the checkpoint makes the daemon deliver everything again, as after a crash before it was saved.
        await using var rewind = new NpgsqlCommand(
            "delete from codeflare.mt_event_progression where name like 'integration-events%'", connection);
        Assert.True(await rewind.ExecuteNonQueryAsync() > 0);
    }

    private static async Task<long> SubscriptionPositionAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var position = new NpgsqlCommand(
            "select coalesce(max(last_seq_id), 0) from codeflare.mt_event_progression where name like 'integration-events%'", connection);
        return (long)(await position.ExecuteScalarAsync())!;
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(100);
        }
    }
}
