using Codeflare.BuildingBlocks.Marten;

namespace Codeflare.Storage.Domain;

/// <summary>The event stream of one user's file changes through the file API (the audit's view of them).</summary>
internal static class UserFiles
{
    public static Guid StreamIdFor(Guid userId) => NamedStreamId.For($"codeflare/files/{userId:N}");
}
