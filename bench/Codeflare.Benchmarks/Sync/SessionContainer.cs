using System.Formats.Tar;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Codeflare.Benchmarks.Sync;

/// <summary>
/// Changes files inside a session's container the way a user's shell would, through Docker API execs — never through
/// the store or the archive API, so the sync finds them as changes made in the container.
/// </summary>
internal sealed class SessionContainer(IDockerClient docker, Guid sessionId)
{
    public const string Home = "/home/dev";
    private string Name => $"codeflare-session-{sessionId:N}";

    public async Task AppendAsync(string folder, IReadOnlyList<string> files, CancellationToken ct)
    {
        var script = string.Join("; ", files.Select(file => $"printf changed-by-bench >> {Home}/{folder}/{file}"));
        await RunAsync(script, null, ct);
    }

    /// <summary>
    /// Writes a local folder's files into <paramref name="folder"/> under the home: a tar piped into an exec's stdin and
    /// unpacked in an excluded folder (<c>.cache</c>), then moved into place with one rename, so no sync can catch the
    /// files half written (a sync carrying only part of them would never show the whole set going up).
    /// </summary>
    public async Task AddAsync(string localFolder, string folder, int files, CancellationToken ct)
    {
        var stage = $"{Home}/.cache/codeflare-bench/{Path.GetFileName(folder)}";
        using var tar = new MemoryStream();
        await TarFile.CreateFromDirectoryAsync(localFolder, tar, includeBaseDirectory: false, ct);
        tar.Position = 0;
        // -m: the files get the time they were written in the container, as new files would.
        await RunAsync($"rm -rf {stage} && mkdir -p {stage} && tar -x -m -C {stage} -f -", tar, ct);
        var count = await RunAsync($"find {stage} -type f | wc -l", null, ct);
        if (count.Trim() != files.ToString(System.Globalization.CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"{count.Trim()} of {files} files arrived in the container's staging folder.");
        await RunAsync($"mkdir -p $(dirname {Home}/{folder}) && rm -rf {Home}/{folder} && mv {stage} {Home}/{folder}", null, ct);
    }

    /// <summary>Runs a shell script in the container (with <paramref name="input"/> as stdin) and returns its stdout; fails on a non-zero exit.</summary>
    private async Task<string> RunAsync(string script, Stream? input, CancellationToken ct)
    {
        var exec = await docker.Exec.CreateContainerExecAsync(Name, new ContainerExecCreateParameters
        {
            Cmd = ["sh", "-c", script], AttachStdin = input is not null, AttachStdout = true, AttachStderr = true,
        }, ct);
        using var stream = await docker.Exec.StartContainerExecAsync(exec.ID, new ContainerExecStartParameters(), ct);
        if (input is not null)
        {
            await stream.CopyFromAsync(input, ct);
            stream.CloseWrite();
        }
        var (stdout, stderr) = await stream.ReadOutputToEndAsync(ct);
        var inspect = await docker.Exec.InspectContainerExecAsync(exec.ID, ct);
        if (inspect.ExitCode != 0) throw new InvalidOperationException($"`{script[..Math.Min(120, script.Length)]}` exited {inspect.ExitCode}: {stderr}");
        return stdout;
    }
}
