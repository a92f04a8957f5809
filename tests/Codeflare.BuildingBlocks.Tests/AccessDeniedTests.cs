using System.Text.Json;
using Codeflare.BuildingBlocks.Events;

namespace Codeflare.BuildingBlocks.Tests;

public sealed class AccessDeniedTests
{
    [Fact]
    public void A_refusal_stored_before_refusals_were_counted_reads_as_one()
    {
        const string stored = """{"userId":null,"permission":"users.manage","request":"GET /api/users","deniedAt":"2026-01-01T12:00:00+00:00"}""";

        var denied = JsonSerializer.Deserialize<AccessDenied>(stored, JsonSerializerOptions.Web)!;

        Assert.Equal((1, null), (denied.Count, denied.LastAt));
    }
}
