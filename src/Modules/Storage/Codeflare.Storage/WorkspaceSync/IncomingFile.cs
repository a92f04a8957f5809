namespace Codeflare.Storage.WorkspaceSync;

/// <summary>A store file on its way into the container: read from <paramref name="Source"/>, written at <paramref name="Path"/>.</summary>
internal sealed record IncomingFile(string Source, string Path, DateTimeOffset Modified);
