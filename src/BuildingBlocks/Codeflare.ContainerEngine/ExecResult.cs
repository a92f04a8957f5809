namespace Codeflare.ContainerEngine;

/// <summary>A finished command: its exit code and at most the bounded part of its output (stdout and stderr interleaved).</summary>
public sealed record ExecResult(long ExitCode, string Output, bool OutputTruncated);
