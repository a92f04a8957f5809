namespace Codeflare.Sessions.Features.Shared;

internal interface ISessionCommand
{
    Guid SessionId { get; }
}
