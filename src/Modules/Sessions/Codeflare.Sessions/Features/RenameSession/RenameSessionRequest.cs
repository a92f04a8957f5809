namespace Codeflare.Sessions.Features.RenameSession;

internal sealed record RenameSessionRequest(string Name);
