using System.Diagnostics;

namespace Codeflare.Benchmarks.Targets;

// Drains a child's stdout and stderr (a full pipe would block it) and keeps the last lines for errors.
internal sealed class ProcessLog
{
    private const int Keep = 20;
    private readonly Queue<string> lines = new();

    public ProcessLog(Process process)
    {
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Tail()
    {
        lock (lines) return string.Join(Environment.NewLine, lines);
    }

    private void Add(string? line)
    {
        if (line is null) return;
        lock (lines)
        {
            lines.Enqueue(line);
            if (lines.Count > Keep) lines.Dequeue();
        }
    }
}
