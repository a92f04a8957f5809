namespace Codeflare.Sessions.Infrastructure.Recordings;

/// <summary>Where parts go: the object store and the event store (one implementation; tests of the recorder use a list).</summary>
internal interface IRecordingSink
{
    Task StoreAsync(RecordedPart part, CancellationToken cancellationToken);
}
