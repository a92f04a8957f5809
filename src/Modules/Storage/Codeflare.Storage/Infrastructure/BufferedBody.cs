using Codeflare.Storage.Domain;

namespace Codeflare.Storage.Infrastructure;

/// <summary>
/// A request body copied to a temporary file before it goes to the object store: its real size is known (the
/// quota is checked against bytes, not a header), a body over the limit is refused before anything is written,
/// and the S3 client gets a seekable stream it can sign and retry.
/// </summary>
internal static class BufferedBody
{
    public static async Task<FileStream> ReadAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (file.Length + read > maxBytes) throw new PayloadTooLargeException($"At most {maxBytes} bytes in one request.");
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
