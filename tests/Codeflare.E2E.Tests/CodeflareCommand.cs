using System.Diagnostics;
using System.Text;

namespace Codeflare.E2E.Tests;

/// <summary>Runs the repository's <c>./codeflare</c> the way a user does, with the instance's settings in its environment.</summary>
internal static class CodeflareCommand
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static async Task<string> RunAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot, "codeflare"))
        {
            WorkingDirectory = RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test runner's MSBuild settings would leak into the `dotnet publish` the command runs.
        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                     || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, line) => { if (line.Data is not null) lock (output) output.AppendLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) lock (output) output.AppendLine(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"./codeflare {string.Join(' ', arguments)} took longer than {timeout}:\n{output}");
        }
        process.WaitForExit();
        lock (output)
        {
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"./codeflare {string.Join(' ', arguments)} exited {process.ExitCode}:\n{output}");
            return output.ToString();
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "codeflare")) && File.Exists(Path.Combine(folder.FullName, "Codeflare.sln")))
                return folder.FullName;
        throw new InvalidOperationException("The repository root (with ./codeflare) was not found above the test assembly.");
    }
}
