namespace Codeflare.Sessions.Domain;

/// <summary>Someone or something wants the container gone; <see cref="Reason"/> is one of <see cref="StopReasons"/>.</summary>
internal sealed record SessionStopRequested(Guid SessionId, string Reason, DateTimeOffset RequestedAt);
