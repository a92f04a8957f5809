using Codeflare.Sessions.Features.Shared;

namespace Codeflare.Sessions.Features.StopSession;

internal sealed class StopSessionCommandValidator : SessionIdValidator<StopSessionCommand>;
