namespace Codeflare.Storage.WorkspaceSync;

internal enum SyncKind
{
    Restore,
    Periodic,
    Final,
}
