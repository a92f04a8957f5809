namespace Codeflare.Storage.WorkspaceSync;

/// <summary>The container's files the sync may look at, and what it refused to look at with the reason (a bad name, say).</summary>
internal sealed record ContainerListing(IReadOnlyList<ContainerFile> Files, IReadOnlyList<string> Skipped);
