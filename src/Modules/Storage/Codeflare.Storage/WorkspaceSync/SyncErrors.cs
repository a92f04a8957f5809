namespace Codeflare.Storage.WorkspaceSync;

internal static class SyncErrors
{
    /// <summary>A short reason for the status and the audit, without stack traces or secrets (the S3 client's messages hold neither).</summary>
    public static string Describe(Exception exception)
    {
        var inner = exception is AggregateException { InnerException: { } first } ? first : exception;
        var message = inner.Message.ReplaceLineEndings(" ");
        return $"{inner.GetType().Name}: {(message.Length > 300 ? message[..300] : message)}";
    }
}
