namespace Codeflare.Storage.WorkspaceSync;

/// <summary>
/// A regular file under the container's home as the container's listing claims it: its path there, size and
/// modification time (whole seconds). Claims only: what is read is checked against them, never the other way round.
/// </summary>
internal sealed record ContainerFile(string Path, long Size, long ModifiedSeconds);
