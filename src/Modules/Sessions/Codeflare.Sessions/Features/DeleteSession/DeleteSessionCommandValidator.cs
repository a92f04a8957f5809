using Codeflare.Sessions.Features.Shared;

namespace Codeflare.Sessions.Features.DeleteSession;

internal sealed class DeleteSessionCommandValidator : SessionIdValidator<DeleteSessionCommand>;
