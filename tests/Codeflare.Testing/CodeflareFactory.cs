using Codeflare.BuildingBlocks.Security;
using Codeflare.Setup.Features.IssueSetupCode;
using MediatR;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Codeflare.Testing;

/// <summary>
/// The real host in-process on a real PostgreSQL database, served by Kestrel on a free loopback port so
/// that requests cross a real socket (client IP, body size limits). Settings override the host's
/// configuration (for example the daemon mode, or the object store of <see cref="ObjectStoreServer"/>).
/// </summary>
public sealed class CodeflareFactory : WebApplicationFactory<Program>
{
    private readonly CapturingSetupCodeSink setupCodes = new();
    private readonly string connectionString;
    private readonly IReadOnlyDictionary<string, string?> settings;

    private readonly Action<IServiceCollection>? configureServices;

    public CodeflareFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        this.connectionString = connectionString;
        this.settings = settings ?? new Dictionary<string, string?>();
        this.configureServices = configureServices;
        UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
    }

    /// <summary>The label value of this host's session containers; hosts on one database share it, as in production.</summary>
    public string InstanceId => "test-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(connectionString)))[..12];

    /// <summary>The setup code the host showed at its latest start, or null once an admin exists.</summary>
    public string? SetupCode => setupCodes.Latest;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Postgres", connectionString);
        builder.UseSetting("EventStore:DaemonMode", "Solo");
        builder.UseSetting("Storage:ServiceUrl", "http://127.0.0.1:9");
        // No object store by default, so no workspace sync either; the sync tests give the host both.
        builder.UseSetting("Sessions:Sync:Enabled", "false");
        // The slim workspace (no agent CLIs) is what the test command builds; "test-" marks leftovers for the test script.
        builder.UseSetting("Sessions:Image", "codeflare/workspace:slim");
        builder.UseSetting("Sessions:InstanceId", ContainerCleanup.RemoveSessionsOnExit(InstanceId));
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ISetupCodeSink>(setupCodes);
            configureServices?.Invoke(services);
        });
    }

    /// <summary>A client that keeps cookies, as a browser does.</summary>
    /// <summary>A client that keeps cookies and echoes the XSRF-TOKEN cookie as a header, as the web UI does.</summary>
    public HttpClient CreateBrowserClient()
    {
        var cookies = new CookieContainer();
        var transport = new HttpClientHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false };
        return new HttpClient(new XsrfEchoHandler(cookies, transport)) { BaseAddress = BaseAddress };
    }

    /// <summary>The Kestrel address the host listens on.</summary>
    public Uri BaseAddress =>
        new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>Sends a request through the mediator pipeline as the given actor (null: anonymous).</summary>
    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request, Guid? userId = null, params string[] permissions)
    {
        await using var scope = Services.CreateAsyncScope();
        if (userId is { } id) scope.ServiceProvider.GetRequiredService<RequestContext>().SignIn(id, permissions);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }
}
