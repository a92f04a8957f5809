using System.Text.Json.Serialization;
using Codeflare.Audit;
using Codeflare.BuildingBlocks;
using Codeflare.BuildingBlocks.Marten;
using Codeflare.Host.Auth;
using Codeflare.Host.Health;
using Codeflare.Host.Hosting;
using Codeflare.Host.Web;
using Codeflare.Identity;
using Codeflare.Sessions;
using Codeflare.Setup;
using Codeflare.Storage;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;

// Timestamps and scopes, so that every line of a request carries its correlation id and actor.
builder.Logging.AddSimpleConsole(console =>
{
    console.IncludeScopes = true;
    console.UseUtcTimestamp = true;
    console.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
});

builder.WebHost.ConfigureKestrel(kestrel =>
    kestrel.Limits.MaxRequestBodySize = configuration.GetValue("Limits:MaxRequestBodyBytes", 1L << 20));
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddOpenApi();
builder.Services.AddDataProtection().SetApplicationName("codeflare");
builder.Services.AddOptions<KeyManagementOptions>()
    .Configure<IDocumentStore>((options, store) =>
    {
        options.XmlRepository = new MartenXmlRepository(store);
        if (configuration[KeyEncryption.SettingName] is { Length: > 0 } key)
            options.XmlEncryptor = new AesGcmXmlEncryptor(KeyEncryption.ParseKey(key));
    });
builder.Services.AddCodeflareAuthentication();
builder.Services.AddAntiforgery(options =>
{
    options.HeaderName = AntiforgeryMiddleware.HeaderName;
    options.Cookie.Name = "codeflare.af";
    options.Cookie.SameSite = SameSiteMode.Strict;
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});
builder.Services.AddRateLimiter(options => options.OnRejected = RateLimitRejection.WriteAsync);
builder.Services.AddCodeflareHealth();
builder.Services.AddHostedService<ReadyBanner>();

builder.Services.AddBuildingBlocks();
builder.Services.AddEventStore(
    configuration.GetConnectionString("Postgres")
        ?? throw new InvalidOperationException("Set ConnectionStrings:Postgres (env ConnectionStrings__Postgres)."),
    configuration.GetValue("EventStore:DaemonMode", DaemonMode.HotCold));
builder.Services.ConfigureMarten(options =>
    options.Schema.For<DataProtectionKey>().Identity(key => key.Id));
builder.Services.AddIdentityModule(configuration);
builder.Services.AddSetupModule(configuration);
builder.Services.AddSessionsModule(configuration);
builder.Services.AddStorageModule(configuration);
builder.Services.AddAuditModule(configuration);

var app = builder.Build();

app.UseMiddleware<RequestContextMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages(async status =>
    await Problems.WriteAsync(status.HttpContext, status.HttpContext.Response.StatusCode,
        Problems.CodeFor(status.HttpContext.Response.StatusCode), "The request could not be served."));
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseWebUi();
app.UseAuthentication();
app.UseMiddleware<SignedInUserMiddleware>();
app.UseMiddleware<HubOriginMiddleware>();
app.UseMiddleware<AntiforgeryMiddleware>();
app.UseAuthorization();
app.UseRateLimiter();

app.MapOpenApi().AllowAnonymous();
app.MapCodeflareHealth();
app.MapIdentityModule();
app.MapSetupModule();
app.MapSessionsModule();
app.MapStorageModule();
app.MapAuditModule();
app.MapWebUi();

app.Run();

/// <summary>Entry point, public for <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
