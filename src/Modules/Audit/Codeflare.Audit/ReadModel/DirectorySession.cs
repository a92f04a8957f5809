namespace Codeflare.Audit.ReadModel;

/// <summary>A session as the auditors' directory knows it (mutable while a page of events is applied).</summary>
internal sealed class DirectorySession(Guid id)
{
    public Guid Id { get; } = id;
    public Guid? OwnerId { get; set; }
    public string? OwnerEmail { get; set; }
    public string? Name { get; set; }
    public string? Agent { get; set; }
    public string? Tier { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public long CreatedSequence { get; set; }
    public string State { get; set; } = "created";
    public DateTimeOffset StateAt { get; set; }
    public bool Deleted { get; set; }
    public bool Changed { get; set; }
}
