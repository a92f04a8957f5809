namespace Codeflare.Storage.WorkspaceSync;

internal sealed class SyncCounts
{
    public int FilesUp { get; set; }
    public long BytesUp { get; set; }
    public int FilesDown { get; set; }
    public long BytesDown { get; set; }
    public int DeletedUp { get; set; }
    public int DeletedDown { get; set; }
    public int Conflicts { get; set; }
}
