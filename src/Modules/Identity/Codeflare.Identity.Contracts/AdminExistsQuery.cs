using Codeflare.BuildingBlocks.Messaging;
using Codeflare.BuildingBlocks.Security;

namespace Codeflare.Identity.Contracts;

/// <summary>Whether any enabled admin exists (the setup wizard's first question).</summary>
[AllowAnonymousRequest]
public sealed record AdminExistsQuery : IQuery<bool>;
