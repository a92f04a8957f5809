using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using DotNet.Testcontainers.Images;

namespace Codeflare.Testing;

/// <summary>
/// One real Ceph RGW (S3-compatible) container per test process, from the image the test command
/// builds from <c>infra/ceph</c>. Reached only through its port published on 127.0.0.1.
/// </summary>
public static class ObjectStoreServer
{
    public const string Image = "codeflare/ceph-rgw:16";
    public const string AccessKey = "codeflare-test";
    public const string SecretKey = "codeflare-test-secret-key";
    private const int S3Port = 7480;
    private static readonly Lazy<Task<IContainer>> Container = new(StartAsync);

    public static async Task<string> ServiceUrlAsync()
    {
        var container = await Container.Value;
        return $"http://127.0.0.1:{container.GetMappedPublicPort(S3Port)}";
    }

    /// <summary>Host settings that point the Storage module at this server, with a bucket of the caller's own.</summary>
    public static async Task<Dictionary<string, string?>> SettingsAsync(string bucket) => new()
    {
        ["Storage:ServiceUrl"] = await ServiceUrlAsync(),
        ["Storage:AccessKey"] = AccessKey,
        ["Storage:SecretKey"] = SecretKey,
        ["Storage:Bucket"] = bucket,
    };

    private static async Task<IContainer> StartAsync()
    {
        TestEnvironment.Apply();
        var container = new ContainerBuilder(Image)
            .WithImagePullPolicy(PullPolicy.Never)
            .WithEnvironment("S3_ACCESS_KEY", AccessKey)
            .WithEnvironment("S3_SECRET_KEY", SecretKey)
            .WithPortBinding(S3Port, assignRandomHostPort: true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilMessageIsLogged("READY"))
            .Build();
        await container.StartAsync();
        return ContainerCleanup.RemoveOnExit(container);
    }
}
