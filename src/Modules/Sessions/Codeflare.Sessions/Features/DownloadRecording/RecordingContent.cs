namespace Codeflare.Sessions.Features.DownloadRecording;

internal sealed record RecordingContent(Stream Body, string FileName);
