using System.Diagnostics;

namespace Codeflare.E2E.Tests;

/// <summary>The docker CLI for clean-up; failures are ignored (there may be nothing to remove).</summary>
internal static class Docker
{
    public static async Task RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOCKER_API_VERSION"] = "1.41";
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
    }

    public static async Task RemoveSessionContainersAsync(string instanceId)
    {
        var start = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["ps", "-aq", "--filter", $"label=codeflare.instance={instanceId}"]) start.ArgumentList.Add(argument);
        start.Environment["DOCKER_API_VERSION"] = "1.41";
        using var process = Process.Start(start)!;
        var ids = (await process.StandardOutput.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        await process.WaitForExitAsync();
        if (ids.Length > 0) await RunAsync(["rm", "-f", "-v", .. ids]);
    }
}
