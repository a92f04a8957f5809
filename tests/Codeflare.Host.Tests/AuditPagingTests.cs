using System.Net;
using System.Text.Json;
using Marten;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Codeflare.Host.Tests;

/// <summary>The cursor against writers that commit out of order: a late commit of an earlier sequence is not skipped.</summary>
public sealed class AuditPagingTests : IAsyncLifetime
{
    internal sealed record PagingProbe(int Writer, int Number);

    private FreshHost host = null!;
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        host = await FreshHost.StartAsync();
        (admin, _) = await host.FirstAdminAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Paging_while_writers_commit_out_of_order_returns_every_committed_event_once_and_in_order()
    {
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(writer => WriteAsync(writer, stop.Token)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1));
        var committedBefore = await CommittedProbesAsync();

        // Writers outpace a walk of 7 per page, so the oldest-first walk stops once it has passed the last probe
        // committed before it began; the newest-first walk ends at the log's beginning.
        var oldestFirst = await WalkAsync("order=oldest", walked => walked.Count > 0 && walked[^1] >= committedBefore.Max());
        var newestFirst = await WalkAsync("order=newest", _ => false);
        stop.Cancel();
        await Task.WhenAll(writers);

        Assert.True(committedBefore.Count > 20, $"only {committedBefore.Count} probes committed");
        Assert.Equal(oldestFirst.Order(), oldestFirst);
        Assert.Equal(oldestFirst.Count, oldestFirst.Distinct().Count());
        Assert.Empty(committedBefore.Except(oldestFirst));
        Assert.Equal(newestFirst.OrderDescending(), newestFirst);
        Assert.Equal(newestFirst.Count, newestFirst.Distinct().Count());
    }

    /// <summary>Each write takes its sequence, then waits before it commits, so later sequences often commit first.</summary>
    private async Task WriteAsync(int writer, CancellationToken stop)
    {
        var store = host.Factory.Services.GetRequiredService<IDocumentStore>();
        for (var number = 0; !stop.IsCancellationRequested; number++)
        {
            await using var connection = new NpgsqlConnection(host.ConnectionString);
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var session = store.LightweightSession(SessionOptions.ForTransaction(transaction));
            session.Events.StartStream(Guid.NewGuid(), new PagingProbe(writer, number));
            await session.SaveChangesAsync();
            await Task.Delay(Random.Shared.Next(0, 120));
            await transaction.CommitAsync();
        }
    }

    private async Task<HashSet<long>> CommittedProbesAsync()
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select seq_id from codeflare.mt_events where type = 'paging_probe'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var sequences = new HashSet<long>();
        while (await reader.ReadAsync()) sequences.Add(reader.GetInt64(0));
        return sequences;
    }

    private async Task<List<long>> WalkAsync(string order, Func<List<long>, bool> farEnough)
    {
        var walked = new List<long>();
        string? cursor = null;
        do
        {
            var response = await admin.GetAsync($"/api/audit?limit=7&{order}{(cursor is null ? "" : $"&cursor={cursor}")}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.JsonAsync();
            walked.AddRange(page.GetProperty("entries").EnumerateArray().Select(entry => entry.GetProperty("sequence").GetInt64()));
            cursor = page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? null : page.GetProperty("nextCursor").GetInt64().ToString();
        } while (cursor is not null && !farEnough(walked));
        return walked;
    }
}
