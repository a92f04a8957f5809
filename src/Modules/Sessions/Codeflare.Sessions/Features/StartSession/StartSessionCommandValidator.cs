using Codeflare.Sessions.Features.Shared;

namespace Codeflare.Sessions.Features.StartSession;

internal sealed class StartSessionCommandValidator : SessionIdValidator<StartSessionCommand>;
