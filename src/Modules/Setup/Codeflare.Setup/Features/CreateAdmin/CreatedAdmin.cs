namespace Codeflare.Setup.Features.CreateAdmin;

internal sealed record CreatedAdmin(Guid Id);
