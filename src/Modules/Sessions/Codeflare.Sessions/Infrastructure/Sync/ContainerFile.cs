namespace Codeflare.Sessions.Infrastructure.Sync;

/// <summary>A regular file under the container's home: its path there, size and modification time (whole seconds).</summary>
internal sealed record ContainerFile(string Path, long Size, long ModifiedSeconds);
