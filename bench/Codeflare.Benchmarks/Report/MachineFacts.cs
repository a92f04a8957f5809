using System.Runtime.InteropServices;
using Docker.DotNet;

namespace Codeflare.Benchmarks.Report;

// What the numbers were measured on; load averages bracket the run because the machine is shared.
internal sealed record MachineFacts(DateTimeOffset At, int Cores, string Cpu, string Memory, string Os, string Kernel, string Docker, string Dotnet, string LoadBefore)
{
    public static async Task<MachineFacts> ReadAsync(IDockerClient docker, CancellationToken ct)
    {
        var version = await docker.System.GetVersionAsync(ct);
        return new MachineFacts(
            DateTimeOffset.UtcNow,
            Environment.ProcessorCount,
            Field("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString(),
            Gib(Field("/proc/meminfo", "MemTotal", ':')),
            Field("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription,
            Read("/proc/sys/kernel/osrelease") ?? Environment.OSVersion.VersionString,
            $"{version.Version} (API {version.APIVersion})",
            RuntimeInformation.FrameworkDescription,
            Load());
    }

    // "24683620 kB" → "23.5 GiB"
    private static string Gib(string? kilobytes) =>
        long.TryParse(kilobytes?.Split(' ')[0], out var kb) ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kb / 1024.0 / 1024.0:F1} GiB") : "?";

    public static string Load() => string.Join(' ', (Read("/proc/loadavg") ?? "? ? ?").Split(' ').Take(3));

    private static string? Read(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : null;

    private static string? Field(string path, string name, char separator) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.StartsWith(name, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(separator) + 1)..].Trim()).FirstOrDefault()
            : null;
}
