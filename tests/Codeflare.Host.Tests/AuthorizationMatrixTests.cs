using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Host.Tests;

public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    private FreshHost host = null!;
    private readonly Dictionary<string, HttpClient> callers = [];

    public async Task InitializeAsync()
    {
        host = await FreshHost.StartAsync(new Dictionary<string, string?> { ["RateLimits:SignIn:PerIpPerMinute"] = "1000" });
        var (admin, _) = await host.FirstAdminAsync();
        callers["anonymous"] = host.Factory.CreateBrowserClient();
        callers["developer"] = (await host.InvitedAsync(admin, "dev@example.com", "developer")).Client;
        callers["auditor"] = (await host.InvitedAsync(admin, "auditor@example.com", "auditor")).Client;
        callers["token"] = host.WithToken(await admin.CreateTokenAsync("profile.own"));
        callers["admin"] = admin;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public void Every_mapped_endpoint_has_a_row_and_every_row_an_endpoint()
    {
        var mapped = MappedEndpoints().Order().ToList();
        var rows = AuthorizationMatrix.Rows.Select(row => row.Endpoint).Order().ToList();

        Assert.Equal(rows.Distinct().Count(), rows.Count);
        Assert.Empty(mapped.Except(rows));
        Assert.Empty(rows.Except(mapped));
    }

    [Fact]
    public async Task Each_caller_gets_exactly_what_the_matrix_allows()
    {
        var failures = new List<string>();
        foreach (var row in AuthorizationMatrix.Rows)
        {
            foreach (var (caller, allowed) in new[]
                     {
                         ("anonymous", row.Anonymous), ("developer", row.Developer), ("auditor", row.Auditor),
                         ("token", row.NarrowToken), ("admin", row.Admin),
                     })
            {
                var status = (await callers[caller].SendAsync(RequestFor(row.Endpoint))).StatusCode;
                var refused = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                var expectedRefusal = caller == "anonymous" ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
                if (allowed == refused || (!allowed && status != expectedRefusal))
                    failures.Add($"{row.Endpoint} as {caller}: {(int)status}, expected {(allowed ? "allowed" : ((int)expectedRefusal).ToString())}");
            }
        }

        Assert.Empty(failures);
    }

    private IEnumerable<string> MappedEndpoints() => host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
            .Select(method => $"{method} /{endpoint.RoutePattern.RawText!.TrimStart('/')}"));

    /// <summary>A request with a made-up id and an empty JSON body: enough for authorization to decide.</summary>
    private static HttpRequestMessage RequestFor(string endpoint)
    {
        var (method, template) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        var request = new HttpRequestMessage(new HttpMethod(method), template.Replace("{id:guid}", Guid.NewGuid().ToString()).Replace("{number:int}", "1").Replace("{documentName}", "v1"));
        if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        return request;
    }
}
