namespace Codeflare.Setup.Domain;

/// <summary>The instance's one setup stream. Its version is the lock that lets only one first admin win.</summary>
internal sealed record SetupState(Guid Id, string? CodeHash, Guid? AdminUserId)
{
    public static readonly Guid StreamId = new("5e7a9000-0000-4000-8000-000000000001");

    public static SetupState Create(SetupCodeIssued issued) => new(issued.SetupId, issued.CodeHash, null);

    public SetupState Apply(SetupCodeIssued issued) => this with { CodeHash = issued.CodeHash };

    public SetupState Apply(SetupAdminCreated created) => this with { AdminUserId = created.UserId, CodeHash = null };
}
